package org.lianxin.practice.litigation.internal;

import java.util.List;

import org.lianxin.api.dto.PracticeFigure;
import org.lianxin.api.dto.PracticePage;
import org.lianxin.practice.litigation.internal.rest.LitigationResource;
import org.lianxin.practice.support.PracticeBase;
import org.lianxin.spi.Practice;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** 代表建议与公益诉讼检察建议衔接转化 (DOMAIN.md §8.4) as core sees it. */
@Component(service = Practice.class)
public class LitigationPractice extends PracticeBase {
    public static final String ID = "litigation";

    private final Clues clues;
    private final Procuratorials procuratorials;
    private final Outbox outbox;
    private final LitigationFigures figures;

    @Activate
    public LitigationPractice(BundleContext context, @Reference Clues clues, @Reference Procuratorials procuratorials,
            @Reference Outbox outbox, @Reference LitigationFigures figures) {
        super(context, ID, "代表建议与公益诉讼检察建议衔接转化", "Public-interest litigation conversion",
                "Both ways between deputies and the procuratorate: a deputy suggestion revealing harm to the public "
                + "interest is transferred as a clue and may become a pre-litigation procuratorial suggestion and an "
                + "administrative public-interest litigation case (outcome, amount recovered); a procuratorial "
                + "suggestion becomes a deputy suggestion. Hand-offs go through a durable outbox with retries; every "
                + "conversion is linked to its suggestion.");
        this.clues = clues;
        this.procuratorials = procuratorials;
        this.outbox = outbox;
        this.figures = figures;
    }

    @Override
    public List<String> contributions() {
        return List.of("rest:/api/v1/practices/litigation/clues", "rest:/api/v1/practices/litigation/procuratorial",
                "rest:/api/v1/practices/litigation/outbox", "rest:/api/v1/practices/litigation/links",
                "command:litigation:clues", "command:litigation:show", "command:litigation:outbox",
                "command:litigation:deliver", "command:litigation:stats",
                "suggestion:INTER_SESSION_OPINION (procuratorial suggestion converted)", "stats:litigation figures",
                "table:LX_LITIGATION_*");
    }

    @Override
    public List<PracticePage> webPages() {
        return List.of(PracticePage.table("clues", "公益诉讼线索", "Public-interest clues",
                PracticePage.column("id", "编号", "No."), PracticePage.column("harmZh", "受损领域", "Harm"),
                PracticePage.column("status", "状态", "Status"), PracticePage.column("procuratorate", "检察院", "Procuratorate"),
                PracticePage.column("caseNo", "案号", "Case no.")),
                PracticePage.table("procuratorial", "检察建议", "Procuratorial suggestions",
                PracticePage.column("issuedOn", "制发日期", "Issued"), PracticePage.column("title", "标题", "Title"),
                PracticePage.column("procuratorate", "检察院", "Procuratorate"), PracticePage.column("caseNo", "案号", "Case no.")));
    }

    @Override
    public List<Object> restResources() {
        return List.of(new LitigationResource(clues, procuratorials, outbox, figures));
    }

    @Override
    public List<PracticeFigure> figures(long regionId, Integer year) {
        return LitigationFigures.figures(figures.region(regionId, year));
    }
}
