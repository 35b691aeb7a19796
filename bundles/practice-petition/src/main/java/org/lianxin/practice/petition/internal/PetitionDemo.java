package org.lianxin.practice.petition.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;

import org.lianxin.api.ConflictException;
import org.lianxin.api.DemoData;
import org.lianxin.api.DeputyService;
import org.lianxin.api.PracticeRegistry;
import org.lianxin.api.RegionService;
import org.lianxin.api.dto.Category;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.api.dto.Region;
import org.lianxin.practice.petition.internal.model.ConsentInput;
import org.lianxin.practice.petition.internal.model.ConsentMethod;
import org.lianxin.practice.petition.internal.model.FollowUpInput;
import org.lianxin.practice.petition.internal.model.OutcomeInput;
import org.lianxin.practice.petition.internal.model.Petition;
import org.lianxin.practice.petition.internal.model.PetitionInput;
import org.lianxin.practice.petition.internal.model.PetitionQuery;
import org.lianxin.practice.petition.internal.model.PetitionerInput;
import org.lianxin.practice.petition.internal.model.PrivacyClass;
import org.lianxin.practice.petition.internal.model.RiskInput;
import org.lianxin.practice.petition.internal.model.RiskLevel;
import org.lianxin.practice.petition.internal.model.RiskSign;
import org.lianxin.practice.petition.internal.model.StepInput;
import org.lianxin.practice.petition.internal.model.StepKind;
import org.lianxin.practice.petition.internal.model.SuggestionInput;
import org.lianxin.practice.support.SystemThreads;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Six petitions in Duji's townships for the demo city (after core's demo is in, when the practice is active there,
 * once), proxied by 王建国 and 赵秀兰: an open high-risk group petition, two resolved and followed up (one petitioner
 * satisfied, one not), one unresolved long-standing case, one that revealed a general problem (加装电梯) and became a
 * suggestion, and one just registered. Each call is its own transaction, as a user's would be.
 */
@Component(immediate = true)
public class PetitionDemo {
    private static final Logger LOG = LoggerFactory.getLogger(PetitionDemo.class);
    private static final String ACTOR = "demo";

    private final ExecutorService executor = SystemThreads.single("lianxin-petition-demo");

    @Activate
    public PetitionDemo(@Reference DemoData demo, @Reference RegionService regions, @Reference DeputyService deputies,
            @Reference PracticeRegistry practices, @Reference Petitions petitions, @Reference PetitionWork work) {
        executor.execute(() -> {
            try {
                Region county = regions.getByCode("DJ");
                try {
                    practices.requireActive(PetitionPractice.ID, county.id());
                } catch (ConflictException notActive) {
                    LOG.info("petition demo skipped: the practice is not active in {}", county.code());
                    return;
                }
                if (petitions.list(new PetitionQuery(county.id(), null, null, null, null, null), PageRequest.of(0, 1),
                        Viewer.current()).total() > 0) {
                    return;
                }
                long start = System.nanoTime();
                new Loader(regions, deputies, petitions, work).load();
                LOG.info("petition demo data loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                LOG.error("petition demo data could not be loaded", e);
            }
        });
    }

    @Deactivate
    void deactivate() {
        // no interrupt: Derby closes a connection whose thread is interrupted; the load fails and rolls back instead
        executor.shutdown();
    }

    private record Loader(RegionService regions, DeputyService deputies, Petitions petitions, PetitionWork work) {

        void load() {
            LocalDate today = LocalDate.now();
            long ksj = regions.getByCode("DJ-KSJ").id();
            long shuoli = regions.getByCode("DJ-SL").id();
            long wang = deputy("王建国");
            long zhao = deputy("赵秀兰");

            // 1. open, high risk: a group of residents, repeated visits
            Petition group = register(ksj, wang, today.minusDays(40), new PetitionerInput("李明华", "340603196803121516",
                    "13905611234", "淮北市杜集区矿山集街道朱庄社区安置小区5栋"), PrivacyClass.RESTRICTED,
                    "安置小区三十余户房屋渗水维修纠纷", "朱庄社区安置小区5至7栋三十余户居民反映房屋外墙渗水、开发商拒不维修，"
                            + "已多次到街道反映，近期有集体上访的打算。", Category.SOCIAL_GOVERNANCE,
                    new RiskInput(RiskLevel.HIGH, List.of(RiskSign.GROUP_PETITION, RiskSign.REPEATED_VISITS),
                            "居民情绪激动，计划集体到区信访局上访", today.minusDays(40)));
            step(group, StepKind.VISIT, "入户查看渗水情况，听取居民代表意见，稳定情绪", today.minusDays(38));
            step(group, StepKind.COORDINATION, "协调街道城建办、住建局约谈开发商，明确维修责任", today.minusDays(30));

            // 2. resolved, petitioner satisfied
            Petition wages = register(shuoli, wang, today.minusDays(120), new PetitionerInput("张国强",
                    "340621197502083317", "13856123456", "淮北市杜集区朔里镇朔里村"), PrivacyClass.PUBLIC,
                    "十二名农民工被拖欠工资", "朔里镇某建筑工地十二名农民工被拖欠工资共计18万元，多次讨要未果。",
                    Category.ECONOMY, new RiskInput(RiskLevel.MEDIUM, List.of(RiskSign.GROUP_PETITION),
                            "临近春节，存在聚集讨薪风险", today.minusDays(120)));
            step(wages, StepKind.VISIT, "走访工地和务工人员，核实欠薪名单和金额", today.minusDays(118));
            step(wages, StepKind.MEDIATION, "会同镇劳动保障所组织施工方与务工人员调解", today.minusDays(110));
            work.resolve(wages.id(), new OutcomeInput("施工方分两次足额支付欠薪18万元", today.minusDays(100)), ACTOR);
            work.followUp(wages.id(), new FollowUpInput(today.minusDays(80), true, "工资已全部到账，务工人员表示满意"), ACTOR);

            // 3. resolved, petitioner not satisfied at the follow-up
            Petition land = register(shuoli, zhao, today.minusDays(90), new PetitionerInput("陈桂英", null,
                    "13605617788", "淮北市杜集区朔里镇南山村"), PrivacyClass.CONFIDENTIAL, "宅基地边界纠纷",
                    "与邻居因宅基地边界和排水沟走向发生纠纷，双方多次争执。", Category.AGRICULTURE,
                    new RiskInput(RiskLevel.LOW, List.of(RiskSign.VULNERABLE_PERSON), "信访人为独居老人", today.minusDays(90)));
            step(land, StepKind.MEDIATION, "邀请村调委会现场勘界，组织双方调解", today.minusDays(85));
            work.resolve(land.id(), new OutcomeInput("双方签订调解协议，重新划定边界并改道排水沟", today.minusDays(70)), ACTOR);
            step(land, StepKind.REPORT_BACK, "向信访人反馈调解协议履行情况", today.minusDays(60));
            work.followUp(land.id(), new FollowUpInput(today.minusDays(45), false, "协议已履行，信访人对排水沟改道位置仍有意见"),
                    ACTOR);

            // 4. unresolved: a long-standing case that policy cannot meet
            Petition old = register(ksj, zhao, today.minusDays(150), new PetitionerInput("刘长河", "34060319550716201X",
                    "13956112233", "淮北市杜集区矿山集街道高岳社区"), PrivacyClass.RESTRICTED, "二十年前征地补偿标准争议",
                    "信访人认为2004年征地补偿标准偏低，要求按现行标准补足。", Category.SOCIAL_GOVERNANCE,
                    new RiskInput(RiskLevel.MEDIUM, List.of(RiskSign.LONG_STANDING, RiskSign.REPEATED_VISITS),
                            "信访积案，信访人多年反复信访", today.minusDays(150)));
            step(old, StepKind.COORDINATION, "协调区自然资源局调取当年征地档案", today.minusDays(140));
            step(old, StepKind.REPORT_BACK, "向信访人解释当年补偿政策及依据", today.minusDays(125));
            work.unresolved(old.id(), new OutcomeInput("补偿已按当时标准足额发放，现行政策不支持补差；已做好解释和帮扶",
                    today.minusDays(120)), ACTOR);

            // 5. a general problem: it became a suggestion
            Petition lift = register(ksj, zhao, today.minusDays(60), new PetitionerInput("孙淑芬", null, "13805619900",
                    "淮北市杜集区矿山集街道朱庄社区8栋"), PrivacyClass.PUBLIC, "老旧小区加装电梯难",
                    "信访人年逾七十，住六楼，所在老旧小区加装电梯因低层住户反对和资金分摊问题迟迟无法推进。",
                    Category.INFRASTRUCTURE, null);
            step(lift, StepKind.VISIT, "走访小区，了解到辖区多个老旧小区存在同样问题", today.minusDays(55));
            work.toSuggestion(lift.id(), new SuggestionInput("关于推进老旧小区加装电梯的建议", Category.INFRASTRUCTURE,
                    null, "矿山集街道多个老旧小区老年住户集中，加装电梯因低层住户意见不一、资金分摊和审批流程复杂难以推进。"
                            + "建议区政府出台加装电梯补贴和协商议事指引，简化审批流程。"), ACTOR);
            step(lift, StepKind.REPORT_BACK, "告知信访人已形成代表建议提交区人大常委会", today.minusDays(50));

            // 6. just registered
            register(shuoli, wang, today.minusDays(3), new PetitionerInput("周立新", null, "15905613344",
                    "淮北市杜集区朔里镇朔里社区"), PrivacyClass.PUBLIC, "夜间施工噪音扰民",
                    "附近工地夜间施工至凌晨，影响居民休息。", Category.ENVIRONMENT,
                    new RiskInput(RiskLevel.LOW, List.of(), null, today.minusDays(3)));
        }

        private Petition register(long regionId, long deputyId, LocalDate receivedOn, PetitionerInput who,
                PrivacyClass privacy, String subject, String content, Category category, RiskInput risk) {
            return petitions.register(new PetitionInput(regionId, deputyId, receivedOn, who,
                    new ConsentInput(true, privacy == PrivacyClass.PUBLIC ? ConsentMethod.ORAL : ConsentMethod.WRITTEN,
                            receivedOn), privacy, subject, content, category, risk), ACTOR);
        }

        private void step(Petition p, StepKind kind, String note, LocalDate on) {
            work.step(p.id(), new StepInput(kind, note, on), ACTOR);
        }

        private long deputy(String name) {
            return deputies.list(null, null, null, null, name, PageRequest.of(0, 1)).items().get(0).id();
        }
    }
}
