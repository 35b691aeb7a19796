package org.lianxin.practice.petition.internal;

import java.util.List;

import org.lianxin.api.dto.PracticeFigure;
import org.lianxin.api.dto.PracticePage;
import org.lianxin.practice.petition.internal.rest.PetitionResource;
import org.lianxin.practice.petition.internal.rest.PetitionWorkResource;
import org.lianxin.practice.support.PracticeBase;
import org.lianxin.spi.Practice;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** 人大代表信访代办 (DOMAIN.md §8.3) as core sees it. */
@Component(service = Practice.class)
public class PetitionPractice extends PracticeBase {
    public static final String ID = "petition";

    private final Petitions petitions;
    private final PetitionWork work;
    private final PetitionFigures figures;

    @Activate
    public PetitionPractice(BundleContext context, @Reference Petitions petitions, @Reference PetitionWork work,
            @Reference PetitionFigures figures) {
        super(context, ID, "人大代表信访代办", "Petition proxying by deputies",
                "A deputy takes on a citizen's petition as proxy with the petitioner's consent: privacy class for the "
                + "personal data, early signs of risk, steps, outcome and follow-up; visits and resolutions become duty "
                + "records; a petition revealing a general problem becomes a suggestion, linked both ways.");
        this.petitions = petitions;
        this.work = work;
        this.figures = figures;
    }

    @Override
    public List<String> contributions() {
        return List.of("rest:/api/v1/practices/petition/petitions", "command:petition:list", "command:petition:show",
                "command:petition:step", "command:petition:resolve", "command:petition:stats",
                "duty:VISIT (visit step)", "duty:PROBLEM_RESOLVED (petition resolved)",
                "suggestion:INTER_SESSION_OPINION (general problem)", "stats:petition figures", "table:LX_PETITION*");
    }

    @Override
    public List<PracticePage> webPages() {
        return List.of(PracticePage.table("petitions", "信访代办", "Petitions",
                PracticePage.column("receivedOn", "接收日期", "Received"), PracticePage.column("subject", "事由", "Subject"),
                PracticePage.column("statusZh", "状态", "Status"), PracticePage.column("concludedOn", "办结日期", "Concluded")));
    }

    @Override
    public List<Object> restResources() {
        return List.of(new PetitionResource(petitions, figures), new PetitionWorkResource(work));
    }

    @Override
    public List<PracticeFigure> figures(long regionId, Integer year) {
        return PetitionFigures.figures(figures.region(regionId, year));
    }
}
