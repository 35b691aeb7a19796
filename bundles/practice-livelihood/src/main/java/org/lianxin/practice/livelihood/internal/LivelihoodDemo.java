package org.lianxin.practice.livelihood.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

import org.lianxin.api.ConflictException;
import org.lianxin.api.DemoData;
import org.lianxin.api.DeputyService;
import org.lianxin.api.PracticeRegistry;
import org.lianxin.api.RegionService;
import org.lianxin.api.dto.Deputy;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.api.dto.Region;
import org.lianxin.practice.livelihood.api.ReviewDecision;
import org.lianxin.practice.livelihood.api.Round;
import org.lianxin.practice.livelihood.api.Verdict;
import org.lianxin.practice.livelihood.internal.model.BallotInput;
import org.lianxin.practice.livelihood.internal.model.Candidate;
import org.lianxin.practice.livelihood.internal.model.CandidateItem;
import org.lianxin.practice.livelihood.internal.model.CandidatesInput;
import org.lianxin.practice.livelihood.internal.model.MilestoneInput;
import org.lianxin.practice.livelihood.internal.model.OpenVoteInput;
import org.lianxin.practice.livelihood.internal.model.ProgressInput;
import org.lianxin.practice.livelihood.internal.model.Project;
import org.lianxin.practice.livelihood.internal.model.Proposal;
import org.lianxin.practice.livelihood.internal.model.ProposalInput;
import org.lianxin.practice.livelihood.internal.model.ProposalSource;
import org.lianxin.practice.livelihood.internal.model.Rating;
import org.lianxin.practice.livelihood.internal.model.ReviewInput;
import org.lianxin.practice.livelihood.internal.model.RoundInput;
import org.lianxin.practice.livelihood.internal.model.SatisfactionInput;
import org.lianxin.practice.livelihood.internal.model.SupervisionInput;
import org.lianxin.practice.support.SystemThreads;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two rounds in Lieshan (LS) for the demo city (after core's demo is in, when the practice is active there, once):
 * last year's, closed — 7 candidates for 5 places, the 4 Lieshan deputies present voted, 5 projects chosen and all 5
 * finished, judged in the year-end satisfaction vote ("Lieshan voted 5 projects in January and all 5 were finished");
 * and this year's, in TRACKING, where a tie at the last place was decided by the stated rule and the projects are
 * under way. Each call is its own transaction, as a user's would be; deputies are looked up before any of them.
 */
@Component(immediate = true)
public class LivelihoodDemo {
    private static final Logger LOG = LoggerFactory.getLogger(LivelihoodDemo.class);
    private static final String ACTOR = "demo";

    private final ExecutorService executor = SystemThreads.single("lianxin-livelihood-demo");

    @Activate
    public LivelihoodDemo(@Reference DemoData demo, @Reference RegionService regions,
            @Reference DeputyService deputies, @Reference PracticeRegistry practices, @Reference Rounds rounds,
            @Reference Voting voting, @Reference Projects projects) {
        executor.execute(() -> {
            try {
                Region county = regions.getByCode("LS");
                try {
                    practices.requireActive(LivelihoodPractice.ID, county.id());
                } catch (ConflictException notActive) {
                    LOG.info("livelihood demo skipped: the practice is not active in {}", county.code());
                    return;
                }
                if (rounds.list(county.id(), null, PageRequest.of(0, 1)).total() > 0) {
                    return;
                }
                List<Long> present = deputies.list(county.id(), null, null, null, null, PageRequest.of(0, 50))
                        .items().stream().map(Deputy::id).toList();
                if (present.size() < 3) {
                    LOG.info("livelihood demo skipped: {} has {} deputies, the demo needs 3 or more", county.code(),
                            present.size());
                    return;
                }
                long start = System.nanoTime();
                new Loader(county, present, rounds, voting, projects).load();
                LOG.info("livelihood demo data loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                LOG.error("livelihood demo data could not be loaded", e);
            }
        });
    }

    @Deactivate
    void deactivate() {
        // no interrupt: Derby closes a connection whose thread is interrupted; the load fails and rolls back instead
        executor.shutdown();
    }

    private record Loader(Region county, List<Long> present, Rounds rounds, Voting voting, Projects projects) {

        void load() {
            int thisYear = LocalDate.now().getYear();
            lastYear(thisYear - 1);
            thisYear(thisYear);
        }

        /** Closed: 5 of 7 chosen, all 5 finished, the satisfaction vote held. */
        private void lastYear(int y) {
            Round r = rounds.create(new RoundInput(county.id(), y, 5, null), ACTOR);
            List<Proposal> p = propose(r, y - 1, new String[][] {
                {"PUBLIC", "宋疃镇村民 李德福", "农村饮水安全巩固提升工程", "为宋疃镇12个行政村更新供水管网、新建加压泵站", "12600000", "23000"},
                {"DEPUTY", null, "城区老旧小区改造", "改造古饶镇、宋疃镇老旧小区18个，雨污分流、道路和照明", "35800000", "9600"},
                {"PUBLIC", "古饶镇居民 王秀英", "社区居家养老服务中心建设", "建成5个社区居家养老服务中心，提供助餐助浴", "4500000", "6200"},
                {"DEPUTY", null, "中小学校园安全提升", "全区中小学安装智能安防系统、改造校门口交通设施", "3200000", "15000"},
                {"PUBLIC", "烈山区网民留言", "农贸市场标准化改造", "改造3个农贸市场，规范摊位和排水", "6800000", "40000"},
                {"DEPUTY", null, "乡村公厕新建改建", "新建改建乡村公厕30座", "2400000", "12000"},
                {"PUBLIC", "宋疃镇村民 张广林", "农村道路路灯亮化", "为8个村主干道安装太阳能路灯600盏", "1800000", "8000"}});
            draftReviewVote(r, y, p, new int[][] {{0, 1, 2, 3, 4}, {0, 1, 2, 3, 5}, {0, 1, 2, 4, 6}, {0, 1, 3, 4, 5}});
            List<Project> chosen = projects.list(county.id(), y, PageRequest.of(0, 50)).items();
            Verdict[][] verdicts = {
                {Verdict.SATISFIED, Verdict.SATISFIED, Verdict.SATISFIED, Verdict.BASICALLY_SATISFIED},
                {Verdict.SATISFIED, Verdict.BASICALLY_SATISFIED, Verdict.SATISFIED, Verdict.UNSATISFIED},
                {Verdict.SATISFIED, Verdict.SATISFIED, Verdict.SATISFIED, Verdict.SATISFIED},
                {Verdict.SATISFIED, Verdict.SATISFIED, Verdict.BASICALLY_SATISFIED, Verdict.SATISFIED},
                {Verdict.BASICALLY_SATISFIED, Verdict.SATISFIED, Verdict.SATISFIED, Verdict.SATISFIED}};
            for (int i = 0; i < chosen.size(); i++) {
                Project pr = chosen.get(i);
                projects.addMilestone(pr.id(), new MilestoneInput("完成设计和招标", LocalDate.of(y, 3, 31),
                        LocalDate.of(y, 3, 25)), ACTOR);
                projects.addMilestone(pr.id(), new MilestoneInput("主体工程完工", LocalDate.of(y, 9, 30),
                        LocalDate.of(y, 9, 20 - i)), ACTOR);
                report(pr, 30, "0.25", null, LocalDate.of(y, 4, 30));
                projects.review(pr.id(), new SupervisionInput(LocalDate.of(y, 6, 20), "区人大常委会视察组",
                        "进度符合计划，资金拨付及时；建议加强施工期间的安全管理", i == 1 ? Rating.FAIR : Rating.GOOD), ACTOR);
                report(pr, 75, "0.7", null, LocalDate.of(y, 8, 31));
                report(pr, 100, "0.97", "竣工验收合格", LocalDate.of(y, 11, 15 + i));
                for (int d = 0; d < present.size(); d++) {
                    projects.satisfaction(pr.id(), new SatisfactionInput(present.get(d),
                            verdicts[i % verdicts.length][d % 4], LocalDate.of(y, 12, 20)), ACTOR);
                }
            }
            projects.closeRound(r.id(), ACTOR);
        }

        /** Tracking: a tie at the last place decided by the rule; the projects under way. */
        private void thisYear(int y) {
            Round r = rounds.create(new RoundInput(county.id(), y, 5, null), ACTOR);
            List<Proposal> p = propose(r, y - 1, new String[][] {
                {"PUBLIC", "古饶镇居民 刘桂兰", "城乡公交线路优化", "新开通2条镇村公交线路，更新新能源公交车20辆", "8600000", "30000"},
                {"DEPUTY", null, "背街小巷整治", "整治背街小巷40条，修复路面、补齐照明", "5200000", "18000"},
                {"PUBLIC", "宋疃镇村民 赵学文", "农村黑臭水体治理", "治理农村黑臭水体6处", "7300000", "11000"},
                {"DEPUTY", null, "婴幼儿托育服务点建设", "建成普惠托育服务点4个，新增托位240个", "3900000", "2400"},
                {"PUBLIC", "烈山区网民留言", "全民健身场地建设", "新建口袋公园和健身步道10处", "4100000", "26000"},
                {"DEPUTY", null, "老年助餐点建设", "新建老年助餐点12个", "2600000", "5000"},
                {"PUBLIC", "古饶镇居民 陈立平", "智慧停车设施建设", "新增公共停车泊位800个", "9800000", "7000"}});
            // candidates 3 to 6 get 3 votes each: the beneficiaries decide the last place
            draftReviewVote(r, y, p, new int[][] {{0, 1, 2, 3, 4}, {0, 1, 2, 3, 5}, {0, 1, 2, 4, 5}, {0, 1, 3, 4, 5}});
            List<Project> chosen = projects.list(county.id(), y, PageRequest.of(0, 50)).items();
            LocalDate today = LocalDate.now();
            int[] done = {100, 85, 60, 40, 70};
            for (int i = 0; i < chosen.size(); i++) {
                Project pr = chosen.get(i);
                projects.addMilestone(pr.id(), new MilestoneInput("完成设计和招标", LocalDate.of(y, 3, 31),
                        past(LocalDate.of(y, 3, 28), today)), ACTOR);
                projects.addMilestone(pr.id(), new MilestoneInput("主体工程完工", LocalDate.of(y, 10, 31),
                        done[i % done.length] == 100 ? past(LocalDate.of(y, 10, 10), today) : null), ACTOR);
                report(pr, 35, "0.3", null, past(LocalDate.of(y, 5, 31), today));
                projects.review(pr.id(), new SupervisionInput(past(LocalDate.of(y, 7, 10), today), "区人大常委会视察组",
                        i == 3 ? "征地协调滞后，进度落后于计划；要求区政府说明原因并限期整改" : "进度符合计划",
                        i == 3 ? Rating.POOR : Rating.GOOD), ACTOR);
                report(pr, done[i % done.length], String.valueOf(done[i % done.length] / 100.0 * 0.95),
                        i == 3 ? "征地协调完成后恢复施工" : null, past(LocalDate.of(y, 10, 31), today));
            }
        }

        private List<Proposal> propose(Round r, int year, String[][] items) {
            List<Proposal> out = new ArrayList<>();
            for (int i = 0; i < items.length; i++) {
                String[] it = items[i];
                ProposalSource source = ProposalSource.valueOf(it[0]);
                out.add(rounds.propose(r.id(), new ProposalInput(source, it[1],
                        source == ProposalSource.DEPUTY ? present.get(i % present.size()) : null, it[2], it[3],
                        new BigDecimal(it[4]), Integer.valueOf(it[5]), LocalDate.of(year, 8, 1 + i)), ACTOR));
            }
            return out;
        }

        private void draftReviewVote(Round r, int y, List<Proposal> p, int[][] ballots) {
            List<CandidateItem> items = p.stream().map(x -> new CandidateItem(x.id(), null, null, null, null)).toList();
            List<Candidate> list = rounds.draftCandidates(r.id(), new CandidatesInput(items, LocalDate.of(y - 1, 11, 10)),
                    ACTOR);
            rounds.review(r.id(), new ReviewInput(ReviewDecision.APPROVED, "区人大常委会第十次会议审议，同意提交区人民代表大会票决",
                    LocalDate.of(y - 1, 12, 20)), ACTOR);
            voting.open(r.id(), new OpenVoteInput(present, LocalDate.of(y, 1, 10)), ACTOR);
            for (int d = 0; d < present.size(); d++) {
                int[] choice = ballots[d % ballots.length];
                List<Long> ids = new ArrayList<>();
                for (int c : choice) {
                    ids.add(list.get(c).id());
                }
                voting.cast(r.id(), new BallotInput(present.get(d), ids), ACTOR);
            }
            voting.close(r.id(), ACTOR);
            voting.publish(r.id(), ACTOR);
        }

        private void report(Project pr, int percent, String share, String note, LocalDate on) {
            projects.report(pr.id(), new ProgressInput(percent, pr.budgetPlanned().multiply(new BigDecimal(share))
                    .setScale(2, java.math.RoundingMode.HALF_UP), note, on), ACTOR);
        }

        private static LocalDate past(LocalDate d, LocalDate today) {
            return d.isAfter(today) ? today : d;
        }
    }
}
