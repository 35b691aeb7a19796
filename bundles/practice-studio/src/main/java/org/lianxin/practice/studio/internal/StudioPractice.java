package org.lianxin.practice.studio.internal;

import java.util.List;

import org.lianxin.api.dto.PracticeFigure;
import org.lianxin.api.dto.PracticePage;
import org.lianxin.practice.studio.internal.rest.StudioResource;
import org.lianxin.practice.studio.internal.rest.StudioWorkResource;
import org.lianxin.practice.support.PracticeBase;
import org.lianxin.spi.Practice;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** 专业代表工作室 (DOMAIN.md §8.1) as core sees it. */
@Component(service = Practice.class)
public class StudioPractice extends PracticeBase {
    public static final String ID = "studio";

    private final Studios studios;
    private final StudioWork work;
    private final StudioFigures figures;

    @Activate
    public StudioPractice(BundleContext context, @Reference Studios studios, @Reference StudioWork work,
            @Reference StudioFigures figures) {
        super(context, ID, "专业代表工作室", "Professional deputy studios",
                "Studios per township with a theme and brand; member deputies of all five levels; the 八有 standard "
                + "with evidence; consultations answered, opinions collected into the suggestion flow, events.");
        this.studios = studios;
        this.work = work;
        this.figures = figures;
    }

    @Override
    public List<String> contributions() {
        return List.of("rest:/api/v1/practices/studio/studios", "command:studio:list", "command:studio:show",
                "command:studio:compliance", "command:studio:answer", "command:studio:stats",
                "duty:RECEPTION (consultation answered)", "duty:GROUP_ACTIVITY (studio event)",
                "opinion:DEPUTY (opinion collected)", "stats:studio figures", "table:LX_STUDIO*");
    }

    @Override
    public List<PracticePage> webPages() {
        return List.of(PracticePage.table("studios", "代表工作室", "Deputy studios",
                PracticePage.column("name", "名称", "Name"), PracticePage.column("brand", "品牌", "Brand"),
                PracticePage.column("themeZh", "主题", "Theme"), PracticePage.column("members", "成员代表", "Members"),
                PracticePage.column("standardMet", "八有达标项", "Standard items met")));
    }

    @Override
    public List<Object> restResources() {
        return List.of(new StudioResource(studios, figures), new StudioWorkResource(work));
    }

    @Override
    public List<PracticeFigure> figures(long regionId, Integer year) {
        return StudioFigures.figures(figures.region(regionId, year));
    }
}
