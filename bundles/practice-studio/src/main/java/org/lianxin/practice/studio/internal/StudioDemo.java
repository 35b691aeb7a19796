package org.lianxin.practice.studio.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;

import org.lianxin.api.ConflictException;
import org.lianxin.api.DemoData;
import org.lianxin.api.DeputyService;
import org.lianxin.api.PracticeRegistry;
import org.lianxin.api.RegionService;
import org.lianxin.api.dto.Category;
import org.lianxin.api.dto.Deputy;
import org.lianxin.api.dto.DeputyLevel;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.api.dto.Region;
import org.lianxin.practice.studio.internal.model.AnswerInput;
import org.lianxin.practice.studio.internal.model.ConsultationInput;
import org.lianxin.practice.studio.internal.model.EventKind;
import org.lianxin.practice.studio.internal.model.EvidenceInput;
import org.lianxin.practice.studio.internal.model.MemberInput;
import org.lianxin.practice.studio.internal.model.OpinionOutcome;
import org.lianxin.practice.studio.internal.model.PromoteInput;
import org.lianxin.practice.studio.internal.model.StandardItem;
import org.lianxin.practice.studio.internal.model.Studio;
import org.lianxin.practice.studio.internal.model.StudioEventInput;
import org.lianxin.practice.studio.internal.model.StudioInput;
import org.lianxin.practice.studio.internal.model.StudioOpinion;
import org.lianxin.practice.studio.internal.model.StudioOpinionInput;
import org.lianxin.practice.studio.internal.model.Theme;
import org.lianxin.practice.support.SystemThreads;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two studios in Lieshan's townships for the demo city (after core's demo is in, when the practice is active
 * there, once): 山禾 (rural revitalisation, meets all of 八有) and 绿珠 (ecology, six of eight), with answered
 * consultations, fifty collected opinions of which 41 implemented (the seed's 82%) and a livestreamed class of
 * 20 sessions with 7,000 viewers.
 */
@Component(immediate = true)
public class StudioDemo {
    private static final Logger LOG = LoggerFactory.getLogger(StudioDemo.class);
    private static final String ACTOR = "demo";

    private final ExecutorService executor = SystemThreads.single("lianxin-studio-demo");

    @Activate
    public StudioDemo(@Reference DemoData demo, @Reference RegionService regions, @Reference DeputyService deputies,
            @Reference PracticeRegistry practices, @Reference Studios studios, @Reference StudioWork work,
            @Reference StudioTx tx) {
        executor.execute(() -> {
            try {
                Region county = regions.getByCode("LS");
                try {
                    practices.requireActive(StudioPractice.ID, county.id());
                } catch (ConflictException notActive) {
                    LOG.info("studio demo skipped: the practice is not active in {}", county.code());
                    return;
                }
                if (studios.list(county.id(), PageRequest.of(0, 1)).total() > 0) {
                    return;
                }
                long start = System.nanoTime();
                // one transaction: a load cut short (the bundle stopped meanwhile) leaves nothing behind
                tx.write(em -> {
                    new Loader(regions, deputies, studios, work).load();
                    return null;
                });
                LOG.info("studio demo data loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                LOG.error("studio demo data could not be loaded", e);
            }
        });
    }

    @Deactivate
    void deactivate() {
        // no interrupt: Derby closes a connection whose thread is interrupted; the load fails and rolls back instead
        executor.shutdown();
    }

    private record Loader(RegionService regions, DeputyService deputies, Studios studios, StudioWork work) {

        void load() {
            LocalDate today = LocalDate.now();
            Studio shanhe = studios.create(new StudioInput(regions.getByCode("LS-GR").id(), "古饶镇乡村振兴专业代表工作室",
                    "山禾", Theme.RURAL_REVITALIZATION, null), ACTOR);
            Studio lvzhu = studios.create(new StudioInput(regions.getByCode("LS-STN").id(), "宋疃镇生态环境专业代表工作室",
                    "绿珠", Theme.ECOLOGY, null), ACTOR);
            long zheng = join(shanhe, "郑海涛", DeputyLevel.COUNTY, true);
            long chen = join(shanhe, "陈玉华", DeputyLevel.TOWNSHIP, false);
            long liu = join(shanhe, "刘国庆", DeputyLevel.NATIONAL, false);
            long wu = join(lvzhu, "吴春梅", DeputyLevel.TOWNSHIP, true);
            long zhou = join(lvzhu, "周明远", DeputyLevel.COUNTY, false);
            long lin = join(lvzhu, "林志强", DeputyLevel.PROVINCIAL, false);

            for (StandardItem item : StandardItem.values()) {
                studios.meet(shanhe.id(), item, new EvidenceInput(item.zh() + "：见工作室台账照片", today.minusMonths(2)), ACTOR);
                if (item != StandardItem.ONLINE_GROUP && item != StandardItem.MATERIALS) {
                    studios.meet(lvzhu.id(), item, new EvidenceInput(item.zh() + "：现场检查", today.minusMonths(1)), ACTOR);
                }
            }

            String[][] questions = {
                    { "村民李某", "土地流转合同到期后怎样续签？" }, { "种植大户王某", "高标准农田建设补贴怎么申请？" },
                    { "返乡青年张某", "农村电商创业有哪些扶持政策？" }, { "村民赵某", "宅基地确权登记需要哪些材料？" },
                    { "合作社负责人", "农产品品牌注册找哪个部门？" }, { "村民刘某", "秸秆禁烧后怎么处理？" } };
            for (int i = 0; i < questions.length; i++) {
                var c = work.ask(i % 2 == 0 ? shanhe.id() : lvzhu.id(),
                        new ConsultationInput(questions[i][0], questions[i][1], today.minusDays(40 - i * 5)), ACTOR);
                if (i < 5) {
                    long answerer = i % 2 == 0 ? (i == 2 ? liu : zheng) : (i == 3 ? zhou : wu);
                    work.answer(c.id(), new AnswerInput(answerer, "已当面解答并提供办理指引。", c.askedOn().plusDays(2)), ACTOR);
                }
            }

            for (int i = 0; i < 50; i++) {
                boolean first = i % 2 == 0;
                StudioOpinion o = work.collect(first ? shanhe.id() : lvzhu.id(), new StudioOpinionInput(
                        first ? (i % 4 == 0 ? zheng : chen) : (i % 4 == 1 ? wu : zhou),
                        (first ? "乡村振兴" : "生态环境") + "意见第" + (i + 1) + "条：" + TOPICS[i % TOPICS.length],
                        "群众" + (i + 1), null, today.minusDays(200 - i * 3)), ACTOR);
                if (i < 41) {
                    work.settle(o.id(), OpinionOutcome.IMPLEMENTED, ACTOR);
                } else if (i < 44) {
                    work.settle(o.id(), OpinionOutcome.NOT_IMPLEMENTED, ACTOR);
                } else if (i < 46) {
                    work.promote(o.id(), new PromoteInput(TOPICS[i % TOPICS.length], Category.AGRICULTURE, null), ACTOR);
                }
            }

            work.hold(shanhe.id(), new StudioEventInput(EventKind.LIVESTREAM, "“山禾课堂”农技直播", today.minusDays(30), 20,
                    60, 7000, List.of(zheng, chen)), ACTOR);
            work.hold(lvzhu.id(), new StudioEventInput(EventKind.CONSULTATION_DAY, "生态环境集中咨询日", today.minusDays(12), 1,
                    45, 0, List.of(wu, zhou, lin)), ACTOR);
        }

        private long join(Studio studio, String name, DeputyLevel level, boolean lead) {
            Deputy d = deputies.list(null, null, null, null, name, PageRequest.of(0, 1)).items().get(0);
            studios.join(studio.id(), d.id(), new MemberInput(level, lead, LocalDate.now().minusMonths(6)), ACTOR);
            return d.id();
        }
    }

    private static final String[] TOPICS = { "村道亮化", "灌溉渠清淤", "农产品冷链", "垃圾分类站点", "河道保洁", "养殖污染治理",
            "农技培训", "快递进村" };
}
