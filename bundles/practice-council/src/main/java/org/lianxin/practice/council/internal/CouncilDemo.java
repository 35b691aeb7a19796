package org.lianxin.practice.council.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

import org.lianxin.api.DemoData;
import org.lianxin.api.DeputyService;
import org.lianxin.api.NotFoundException;
import org.lianxin.api.PracticeRegistry;
import org.lianxin.api.RegionService;
import org.lianxin.api.dto.Category;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.api.dto.Rating;
import org.lianxin.api.dto.Region;
import org.lianxin.practice.council.internal.model.Council;
import org.lianxin.practice.council.internal.model.CouncilInput;
import org.lianxin.practice.council.internal.model.EvaluationInput;
import org.lianxin.practice.council.internal.model.HandlingInput;
import org.lianxin.practice.council.internal.model.Item;
import org.lianxin.practice.council.internal.model.ItemRoute;
import org.lianxin.practice.council.internal.model.LeaveInput;
import org.lianxin.practice.council.internal.model.Meeting;
import org.lianxin.practice.council.internal.model.MeetingInput;
import org.lianxin.practice.council.internal.model.MeetingKind;
import org.lianxin.practice.council.internal.model.OfficeReport;
import org.lianxin.practice.council.internal.model.OpenDayInput;
import org.lianxin.practice.council.internal.model.OpenDayKind;
import org.lianxin.practice.council.internal.model.RepresentativeInput;
import org.lianxin.practice.council.internal.model.SelectInput;
import org.lianxin.practice.council.internal.model.SortInput;
import org.lianxin.practice.council.internal.model.SupervisionInput;
import org.lianxin.practice.livelihood.api.CandidateDraft;
import org.lianxin.practice.livelihood.api.CouncilVoting;
import org.lianxin.practice.livelihood.api.Outcome;
import org.lianxin.practice.livelihood.api.ResultRow;
import org.lianxin.practice.livelihood.api.Round;
import org.lianxin.practice.livelihood.api.Verdict;
import org.lianxin.practice.support.SystemThreads;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo city's councils (after core's demo is in, where the practice is active, once, in one transaction):
 * <ul>
 * <li>矿山集街道 (DJ-KSJ, Duji; the default activation): 12 representatives (one left last year); last year's two
 * regular meetings held with minutes and the street office's report (MET), this year's one so far and one planned
 * (DUE); five items through 选、分、督、评 in every state, one raised as a suggestion by 王建国 and one by 赵秀兰; an
 * open day at the district standing committee; last year's street livelihood round (5 candidates for 3 places) voted
 * by the representatives present, its projects tracked and judged;</li>
 * <li>东山街道 (XS-DS, Xiangshan; activated by the second default file {@code ~xs}): a council with one meeting last
 * year (MISSED).</li>
 * </ul>
 */
@Component(immediate = true)
public class CouncilDemo {
    private static final Logger LOG = LoggerFactory.getLogger(CouncilDemo.class);
    private static final String ACTOR = "demo";

    private final ExecutorService executor = SystemThreads.single("lianxin-council-demo");

    @Activate
    public CouncilDemo(@Reference DemoData demo, @Reference RegionService regions, @Reference DeputyService deputies,
            @Reference PracticeRegistry practices, @Reference Councils councils, @Reference Meetings meetings,
            @Reference Items items, @Reference OpenDays openDays, @Reference CouncilVoting voting,
            @Reference CouncilTx tx) {
        executor.execute(() -> {
            try {
                Region ksj;
                try {
                    ksj = regions.getByCode("DJ-KSJ");
                } catch (NotFoundException none) {
                    return;
                }
                if (!activeSoon(practices, ksj)) {
                    LOG.info("council demo skipped: the practice is not active in {}", ksj.code());
                    return;
                }
                if (councils.list(ksj.id(), null, null, PageRequest.of(0, 1)).total() > 0) {
                    return;
                }
                long start = System.nanoTime();
                Loader loader = new Loader(regions, deputies, councils, meetings, items, openDays, voting);
                // one transaction: a load cut short (the bundle stopped meanwhile) leaves nothing behind
                tx.write(em -> {
                    loader.kuangshanji(ksj);
                    Region ds = regions.getByCode("XS-DS");
                    if (practices.isActive(CouncilPractice.ID, ds.id())) {
                        loader.dongshan(ds);
                    }
                    return null;
                });
                LOG.info("council demo data loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                LOG.error("council demo data could not be loaded", e);
            }
        });
    }

    /**
     * Whether the practice is active in the region, waiting up to 30 s for core to register it: the street's round
     * goes through livelihood, which asks core whether the council is installed and active there.
     */
    private static boolean activeSoon(PracticeRegistry practices, Region region) {
        try {
            practices.requireActive(CouncilPractice.ID, region.id());
        } catch (RuntimeException notActivated) {
            return false;
        }
        for (int i = 0; i < 60 && !practices.isActive(CouncilPractice.ID, region.id()); i++) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return practices.isActive(CouncilPractice.ID, region.id());
    }

    @Deactivate
    void deactivate() {
        // no interrupt: Derby closes a connection whose thread is interrupted; the load fails and rolls back instead
        executor.shutdown();
    }

    private record Loader(RegionService regions, DeputyService deputies, Councils councils, Meetings meetings,
            Items items, OpenDays openDays, CouncilVoting voting) {

        private static final String[][] REPRESENTATIVES = {
            {"李桂芝", "朱庄社区", "13956121034"}, {"张德明", "朱庄社区", "13805617721"},
            {"王秀云", "矿山集社区", "15855102286"}, {"刘建华", "矿山集社区", "13966503318"},
            {"陈志强", "工人村社区", "18756149902"}, {"赵淑琴", "工人村社区", "13515613347"},
            {"孙立军", "南湖社区", "13856187745"}, {"周玉兰", "南湖社区", "15956120098"},
            {"吴国平", "高岳社区", "13705618856"}, {"郑丽娟", "高岳社区", "18256163327"},
            {"马长青", "杜集社区", "13961561142"}, {"何春燕", "杜集社区", "15205619983"}};

        void kuangshanji(Region ksj) {
            LocalDate today = LocalDate.now();
            int y = today.getYear();
            int last = y - 1;
            Council c = councils.create(new CouncilInput(ksj.id(), null, LocalDate.of(y - 3, 3, 15),
                    "矿山集街道人大工委 刘振华", "13905610088"), ACTOR);
            List<Long> reps = new ArrayList<>();
            for (String[] r : REPRESENTATIVES) {
                reps.add(councils.join(c.id(), new RepresentativeInput(r[0], r[1], r[2], LocalDate.of(y - 3, 3, 15)),
                        ACTOR).id());
            }
            // one representative moved away in the autumn: kept, no longer counted
            councils.leave(c.id(), reps.get(11), new LeaveInput(LocalDate.of(last, 10, 8), "迁出本街道"), ACTOR);

            List<Long> january = reps.subList(0, 10);
            Meeting m1 = meetings.add(c.id(), new MeetingInput(LocalDate.of(last, 1, 12), MeetingKind.REGULAR,
                    "听取街道办事处工作汇报，票决" + last + "年民生实事项目", january,
                    "到会选民代表10名。街道办事处主任作工作汇报；代表审议并差额票决民生实事项目；选定群众反映事项2件。",
                    new OfficeReport("矿山集街道办事处" + (last - 1) + "年工作情况和" + last + "年工作安排的报告",
                            "老旧小区改造完成4个，新增就业岗位860个；" + last + "年重点推进背街小巷整治、养老服务和社区停车。")),
                    ACTOR);
            Meeting m2 = meetings.add(c.id(), new MeetingInput(LocalDate.of(last, 9, 20), MeetingKind.REGULAR,
                    "听取上半年工作汇报和民生实事项目进展", reps.subList(0, 11),
                    "到会选民代表11名。听取街道办事处上半年工作汇报和民生实事项目进展；选定事项2件，督办事项1件。",
                    new OfficeReport("矿山集街道办事处" + last + "年上半年工作情况的报告",
                            "三项民生实事项目完成投资的72%；背街小巷整治已完工12条。")), ACTOR);
            Meeting m3 = meetings.add(c.id(), new MeetingInput(past(LocalDate.of(y, 3, 18), today),
                    MeetingKind.REGULAR, "听取街道办事处年度工作汇报", reps.subList(0, 9),
                    "到会选民代表9名。听取街道办事处年度工作汇报；评议上年选定事项办理情况；选定事项1件。",
                    new OfficeReport("矿山集街道办事处" + last + "年工作情况和" + y + "年工作安排的报告",
                            "上年三项民生实事项目均已完成，选民代表满意度测评良好。")), ACTOR);
            LocalDate planned = today.plusDays(21);
            if (planned.getYear() == y) {
                meetings.add(c.id(), new MeetingInput(planned, MeetingKind.REGULAR, "听取下半年工作汇报，酝酿"
                        + (y + 1) + "年民生实事项目", reps.subList(0, 11), null, null), ACTOR);
            }

            long wang = deputy("王建国");
            long zhao = deputy("赵秀兰");
            // 评: handed to the street office, handled, supervised and judged
            Item lamps = items.select(c.id(), new SelectInput(reps.get(0), m1.id(), "朱庄社区背街小巷路灯损坏",
                    "朱庄社区东三巷、东四巷路灯损坏多处，夜间出行不便，居民多次反映。", "朱庄社区居民", null), ACTOR);
            items.sort(lamps.id(), new SortInput(Category.INFRASTRUCTURE, ItemRoute.STREET_OFFICE, null, null,
                    "请街道城管中队会同社区一个月内修复", LocalDate.of(last, 1, 15)), ACTOR);
            items.supervise(lamps.id(), new SupervisionInput("李桂芝", "已现场查看，6盏路灯已更换，2盏待修",
                    LocalDate.of(last, 2, 10)), ACTOR);
            items.recordHandling(lamps.id(), new HandlingInput("更换路灯8盏，加装线路保护，已全部恢复照明",
                    LocalDate.of(last, 2, 26)), ACTOR);
            items.evaluate(lamps.id(), new EvaluationInput(Rating.SATISFIED, "居民反映夜间出行明显改善",
                    LocalDate.of(last, 9, 20)), ACTOR);
            // 督: raised as a suggestion by 王建国, followed in core
            Item parking = items.select(c.id(), new SelectInput(reps.get(4), m1.id(), "工人村社区停车难",
                    "工人村社区建于上世纪八十年代，无规划停车位，车辆占道停放，消防通道经常堵塞。", "工人村社区居民", null), ACTOR);
            items.sort(parking.id(), new SortInput(Category.SOCIAL_GOVERNANCE, ItemRoute.SUGGESTION, wang,
                    "关于解决工人村社区停车难、消防通道堵塞问题的建议", null, LocalDate.of(last, 1, 20)), ACTOR);
            items.supervise(parking.id(), new SupervisionInput("陈志强", "代表回访：区住建局已到现场勘查，拟利用闲置地块建设停车场",
                    LocalDate.of(last, 6, 5)), ACTOR);
            // 督: handed to the street office, not yet handled
            Item elderly = items.select(c.id(), new SelectInput(reps.get(6), m2.id(), "南湖社区老年助餐点",
                    "南湖社区独居老人较多，希望就近设立老年助餐点。", null, null), ACTOR);
            items.sort(elderly.id(), new SortInput(Category.SOCIAL_GOVERNANCE, ItemRoute.STREET_OFFICE, null, null,
                    "请街道社会事务办研究选址", LocalDate.of(last, 9, 25)), ACTOR);
            items.supervise(elderly.id(), new SupervisionInput("孙立军", "已初步选定社区服务中心一楼，待改造",
                    LocalDate.of(last, 11, 30)), ACTOR);
            // 分: raised as a suggestion by 赵秀兰, no supervision yet
            Item drains = items.select(c.id(), new SelectInput(reps.get(8), m2.id(), "高岳社区雨污管网混接",
                    "高岳社区部分楼栋雨污管网混接，雨季污水外溢。", "高岳社区居民", null), ACTOR);
            items.sort(drains.id(), new SortInput(Category.ENVIRONMENT, ItemRoute.SUGGESTION, zhao,
                    "关于高岳社区雨污分流改造的建议", null, LocalDate.of(last, 10, 8)), ACTOR);
            // 选: this year's item, waiting to be sorted
            items.select(c.id(), new SelectInput(reps.get(2), m3.id(), "矿山集农贸市场周边占道经营",
                    "农贸市场周边早晚占道经营，交通拥堵，垃圾清运不及时。", null, null), ACTOR);

            openDays.add(c.id(), new OpenDayInput(LocalDate.of(last, 6, 26), OpenDayKind.STANDING_COMMITTEE,
                    "列席杜集区人大常委会会议，听取区政府民生实事项目进展情况报告", reps.subList(0, 4),
                    "区人大常委会副主任、区政府副区长、区发改委主任",
                    "代表建议加快老旧小区改造进度，公开项目资金使用情况；建议增加社区停车位供给。"), ACTOR);

            livelihoodRound(c, last, january, m1.heldOn());
        }

        /** Last year's street round: 5 candidates for 3 places, voted by the 10 representatives present, tracked, judged. */
        private void livelihoodRound(Council c, int year, List<Long> present, LocalDate session) {
            Round r = voting.create(c.id(), c.regionId(), year, 3, null, ACTOR);
            List<Long> candidates = voting.listCandidates(c.id(), r.id(), List.of(
                    new CandidateDraft("背街小巷整治", "整治背街小巷15条，修复路面、补齐照明", new BigDecimal("3200000"), 12000),
                    new CandidateDraft("社区养老服务站建设", "新建社区养老服务站2个，提供助餐助浴", new BigDecimal("1800000"), 3500),
                    new CandidateDraft("老旧小区停车位改造", "利用闲置地块新增停车位300个", new BigDecimal("2600000"), 6000),
                    new CandidateDraft("社区口袋公园", "新建口袋公园3处", new BigDecimal("1500000"), 9000),
                    new CandidateDraft("农贸市场提升改造", "改造矿山集农贸市场排水和摊位", new BigDecimal("2100000"), 20000)),
                    LocalDate.of(year - 1, 11, 20), ACTOR);
            voting.review(c.id(), r.id(), true, "街道人大工委审议，同意提交选民议政会差额票决",
                    LocalDate.of(year - 1, 12, 28), ACTOR);
            voting.open(c.id(), r.id(), present, session, ACTOR);
            int[][] ballots = {{0, 1, 2}, {0, 1, 4}, {0, 2, 4}, {0, 1, 2}, {1, 2, 4}, {0, 1, 3}, {0, 2, 4}, {0, 1, 2},
                {1, 2, 3}, {0, 2, 4}};
            for (int i = 0; i < present.size(); i++) {
                List<Long> choice = new ArrayList<>();
                for (int k : ballots[i % ballots.length]) {
                    choice.add(candidates.get(k));
                }
                voting.cast(c.id(), r.id(), present.get(i), choice, ACTOR);
            }
            voting.close(c.id(), r.id(), ACTOR);
            List<Long> chosen = voting.publish(c.id(), r.id(), ACTOR).rows().stream()
                    .filter(row -> row.outcome() == Outcome.ELECTED).map(ResultRow::candidateId).toList();
            Verdict[] verdicts = {Verdict.SATISFIED, Verdict.SATISFIED, Verdict.BASICALLY_SATISFIED,
                Verdict.SATISFIED, Verdict.UNSATISFIED, Verdict.SATISFIED, Verdict.SATISFIED,
                Verdict.BASICALLY_SATISFIED, Verdict.SATISFIED, Verdict.SATISFIED};
            for (int p = 0; p < chosen.size(); p++) {
                long project = chosen.get(p);
                voting.track(c.id(), project, 40, null, null, LocalDate.of(year, 5, 31), ACTOR);
                voting.track(c.id(), project, 100, null, "竣工验收合格", LocalDate.of(year, 11, 10 + p), ACTOR);
                for (int i = 0; i < present.size(); i++) {
                    voting.satisfaction(c.id(), project, present.get(i), verdicts[(i + p) % verdicts.length],
                            LocalDate.of(year, 12, 22), ACTOR);
                }
            }
        }

        /** 东山街道: one meeting last year, none yet this year. */
        void dongshan(Region ds) {
            int last = LocalDate.now().getYear() - 1;
            Council c = councils.create(new CouncilInput(ds.id(), null, LocalDate.of(last - 1, 5, 10),
                    "东山街道人大工委 韩立新", "13905617766"), ACTOR);
            String[][] reps = {{"钱玉梅", "东山社区"}, {"冯建军", "东山社区"}, {"褚秀英", "相山社区"}, {"卫国强", "相山社区"},
                {"蒋文华", "东园社区"}};
            List<Long> ids = new ArrayList<>();
            for (String[] r : reps) {
                ids.add(councils.join(c.id(), new RepresentativeInput(r[0], r[1], null, LocalDate.of(last - 1, 5, 10)),
                        ACTOR).id());
            }
            meetings.add(c.id(), new MeetingInput(LocalDate.of(last, 4, 16), MeetingKind.REGULAR,
                    "听取街道办事处工作汇报", ids, "到会选民代表5名。听取街道办事处工作汇报，选定群众反映事项1件。",
                    new OfficeReport("东山街道办事处工作情况的报告", "加装电梯试点推进，完成3部。")), ACTOR);
        }

        private long deputy(String name) {
            return deputies.list(null, null, null, null, name, PageRequest.of(0, 1)).items().get(0).id();
        }

        private static LocalDate past(LocalDate d, LocalDate today) {
            return d.isAfter(today) ? today : d;
        }
    }
}
