package org.lianxin.practice.council.internal;

import java.util.List;

import org.lianxin.api.dto.PracticeFigure;
import org.lianxin.api.dto.PracticePage;
import org.lianxin.practice.council.internal.rest.CouncilResource;
import org.lianxin.practice.council.internal.rest.ItemResource;
import org.lianxin.practice.council.internal.rest.RoundResource;
import org.lianxin.practice.support.PracticeBase;
import org.lianxin.spi.Practice;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** 选民议政会 (DOMAIN.md §8.2) as core sees it. */
@Component(service = Practice.class)
public class CouncilPractice extends PracticeBase {
    public static final String ID = "council";

    private final Councils councils;
    private final Meetings meetings;
    private final Items items;
    private final OpenDays openDays;
    private final CouncilRounds rounds;
    private final CouncilFigures figures;

    @Activate
    public CouncilPractice(BundleContext context, @Reference Councils councils, @Reference Meetings meetings,
            @Reference Items items, @Reference OpenDays openDays, @Reference CouncilRounds rounds,
            @Reference CouncilFigures figures) {
        super(context, ID, "选民议政会", "Voter deliberation councils",
                "A street's voter representatives meet at least twice a year and hear the street office's work report;"
                + " residents' problems go through 选、分、督、评 (select, sort, supervise, evaluate) into the suggestion"
                + " flow; the representatives vote on the street's livelihood projects with more candidates than places"
                + " (through livelihood project voting) and attend open days of the standing committee.");
        this.councils = councils;
        this.meetings = meetings;
        this.items = items;
        this.openDays = openDays;
        this.rounds = rounds;
        this.figures = figures;
    }

    @Override
    public List<String> contributions() {
        return List.of("rest:/api/v1/practices/council/councils", "rest:/api/v1/practices/council/items",
                "rest:/api/v1/practices/council/stats", "command:council:list", "command:council:show",
                "command:council:meetings", "command:council:items", "command:council:stats",
                "opinion:STATION (item selected)", "suggestion:INTER_SESSION_OPINION (item raised by a deputy)",
                "livelihood:COUNCIL rounds (the representatives vote)", "stats:council figures",
                "table:LX_COUNCIL*");
    }

    @Override
    public List<PracticePage> webPages() {
        return List.of(PracticePage.table("councils", "选民议政会", "Voter councils",
                PracticePage.column("name", "名称", "Name"), PracticePage.column("regionName", "地区", "Region"),
                PracticePage.column("convenor", "召集人", "Convenor"),
                PracticePage.column("representatives", "选民代表", "Representatives"),
                PracticePage.column("establishedOn", "成立日期", "Established")));
    }

    @Override
    public List<Object> restResources() {
        return List.of(new CouncilResource(councils, meetings, openDays, figures), new ItemResource(items),
                new RoundResource(rounds));
    }

    @Override
    public List<PracticeFigure> figures(long regionId, Integer year) {
        return CouncilFigures.figures(figures.region(regionId, year));
    }
}
