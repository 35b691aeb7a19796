package org.lianxin.practice.livelihood.internal;

import java.util.List;

import org.lianxin.api.dto.PracticeFigure;
import org.lianxin.api.dto.PracticePage;
import org.lianxin.practice.livelihood.internal.rest.ProjectResource;
import org.lianxin.practice.livelihood.internal.rest.RoundResource;
import org.lianxin.practice.support.PracticeBase;
import org.lianxin.spi.Practice;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** 民生实事项目票决制 (DOMAIN.md §7) as core sees it. */
@Component(service = Practice.class)
public class LivelihoodPractice extends PracticeBase {
    public static final String ID = "livelihood";

    private final Rounds rounds;
    private final Voting voting;
    private final Projects projects;
    private final LivelihoodFigures figures;

    @Activate
    public LivelihoodPractice(BundleContext context, @Reference Rounds rounds, @Reference Voting voting,
            @Reference Projects projects, @Reference LivelihoodFigures figures) {
        super(context, ID, "民生实事项目票决制", "Livelihood project voting",
                "群众提、代表决、政府办、人大评: a yearly round per region collects projects from the public and deputies, the"
                + " government lists more candidates than places (差额), the standing committee reviews the list, the"
                + " deputies present vote by secret ballot, the chosen projects are tracked through the year with"
                + " supervision reviews, and a year-end satisfaction vote judges each one. A street's round may be voted by"
                + " the voter representatives of its voter deliberation council instead (through the council practice).");
        this.rounds = rounds;
        this.voting = voting;
        this.projects = projects;
        this.figures = figures;
    }

    @Override
    public List<String> contributions() {
        return List.of("rest:/api/v1/practices/livelihood/rounds", "rest:/api/v1/practices/livelihood/projects",
                "command:livelihood:rounds", "command:livelihood:show", "command:livelihood:result",
                "command:livelihood:projects", "command:livelihood:stats", "duty:SESSION (a deputy's ballot cast)",
                "service:org.lianxin.practice.livelihood.api.CouncilVoting (rounds voted by a council's representatives)",
                "stats:livelihood figures", "table:LX_LIVELIHOOD_*");
    }

    @Override
    public List<PracticePage> webPages() {
        return List.of(PracticePage.table("rounds", "票决轮次", "Voting rounds",
                PracticePage.column("year", "年度", "Year"), PracticePage.column("title", "名称", "Title"),
                PracticePage.column("statusZh", "状态", "Status"), PracticePage.column("places", "票决名额", "Places"),
                PracticePage.column("proposals", "征集项目", "Proposals")),
                PracticePage.table("projects", "民生实事项目", "Livelihood projects",
                PracticePage.column("year", "年度", "Year"), PracticePage.column("title", "项目", "Project"),
                PracticePage.column("percentDone", "完成进度（%）", "Done (%)"), PracticePage.column("votes", "得票", "Votes")));
    }

    @Override
    public List<Object> restResources() {
        return List.of(new RoundResource(rounds, voting, projects, figures), new ProjectResource(projects));
    }

    @Override
    public List<PracticeFigure> figures(long regionId, Integer year) {
        return LivelihoodFigures.figures(figures.region(regionId, year));
    }
}
