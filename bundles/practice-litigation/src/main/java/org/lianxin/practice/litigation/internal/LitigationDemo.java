package org.lianxin.practice.litigation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;

import org.lianxin.api.ConflictException;
import org.lianxin.api.DemoData;
import org.lianxin.api.DeputyService;
import org.lianxin.api.PracticeRegistry;
import org.lianxin.api.RegionService;
import org.lianxin.api.SuggestionService;
import org.lianxin.api.dto.Category;
import org.lianxin.api.dto.Deputy;
import org.lianxin.api.dto.NewSuggestion;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.api.dto.Region;
import org.lianxin.api.dto.Suggestion;
import org.lianxin.api.dto.SuggestionKind;
import org.lianxin.practice.litigation.internal.model.AcceptInput;
import org.lianxin.practice.litigation.internal.model.Clue;
import org.lianxin.practice.litigation.internal.model.ClueInput;
import org.lianxin.practice.litigation.internal.model.Harm;
import org.lianxin.practice.litigation.internal.model.LitigationInput;
import org.lianxin.practice.litigation.internal.model.OutcomeInput;
import org.lianxin.practice.litigation.internal.model.PreLitigationInput;
import org.lianxin.practice.litigation.internal.model.ProcuratorialInput;
import org.lianxin.practice.support.SystemThreads;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The three Shiguai cases of the seeds (004), placed in Duji (DJ) of the demo city, after core's demo is in, when the
 * practice is active there, once: (a) telecom poles inside the Great Wall protection zone, a deputy suggestion turned
 * clue, pre-litigation suggestion, poles removed; (b) state land transfer fees, clue, administrative public-interest
 * litigation, 436,500.00 yuan recovered; (c) a procuratorial suggestion on the rural living environment converted into
 * a deputy suggestion through the outbox.
 */
@Component(immediate = true)
public class LitigationDemo {
    private static final Logger LOG = LoggerFactory.getLogger(LitigationDemo.class);
    private static final String ACTOR = "demo";
    private static final String PROCURATORATE = "淮北市杜集区人民检察院";

    private final ExecutorService executor = SystemThreads.single("lianxin-litigation-demo");

    @Activate
    public LitigationDemo(@Reference DemoData demo, @Reference RegionService regions,
            @Reference DeputyService deputies, @Reference SuggestionService suggestions,
            @Reference PracticeRegistry practices, @Reference Clues clues, @Reference Procuratorials procuratorials,
            @Reference Outbox outbox) {
        executor.execute(() -> {
            try {
                Region county = regions.getByCode("DJ");
                try {
                    practices.requireActive(LitigationPractice.ID, county.id());
                } catch (ConflictException notActive) {
                    LOG.info("litigation demo skipped: the practice is not active in {}", county.code());
                    return;
                }
                if (clues.list(county.id(), null, PageRequest.of(0, 1)).total() > 0
                        || procuratorials.list(county.id(), PageRequest.of(0, 1)).total() > 0) {
                    return;
                }
                long start = System.nanoTime();
                load(county, deputies, suggestions, clues, procuratorials, outbox);
                LOG.info("litigation demo data loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                LOG.error("litigation demo data could not be loaded", e);
            }
        });
    }

    @Deactivate
    void deactivate() {
        executor.shutdown();
    }

    private static void load(Region county, DeputyService deputies, SuggestionService suggestions, Clues clues,
            Procuratorials procuratorials, Outbox outbox) {
        LocalDate today = LocalDate.now();
        Deputy wang = deputy(deputies, "王建国");
        Deputy zhao = deputy(deputies, "赵秀兰");

        // (a) the Great Wall: suggestion -> clue -> pre-litigation suggestion -> poles removed
        Suggestion poles = suggestions.register(new NewSuggestion(SuggestionKind.INTER_SESSION_OPINION,
                wang.regionId(), Category.PUBLIC_AFFAIRS, "关于在长城本体和保护范围内架设通讯线杆违反长城保护相关法规的建议",
                "北长城本体和保护范围内架设有多处通讯线杆，违反《长城保护条例》等长城保护相关法规，破坏遗址风貌。"
                        + "建议有关部门依法拆除，加强长城保护范围管理。", List.of(wang.id()), null, List.of()), ACTOR);
        Clue a = clues.transfer(new ClueInput(poles.id(), Harm.CULTURAL_HERITAGE,
                "代表建议反映长城保护范围内违法架设通讯线杆，涉及文物保护领域公共利益"), ACTOR);
        outbox.deliverDue();
        clues.accept(a.id(), new AcceptInput(PROCURATORATE, "杜检公益立〔2024〕12号", today.minusDays(150)), ACTOR);
        clues.preLitigation(a.id(), new PreLitigationInput("区文化和旅游局、区工业和信息化局",
                "建议依法履行长城保护监管职责，督促拆除长城本体及保护范围内的通讯线杆，恢复遗址原貌。", today.minusDays(140)),
                ACTOR);
        clues.rectified(a.id(), new OutcomeInput("相关行政机关全部拆除了长城本体及保护范围内通讯线杆（poles removed），长城遗址得到更好保护",
                null, today.minusDays(90)), ACTOR);

        // (b) state land transfer fees: suggestion -> clue -> pre-litigation -> litigation -> 436,500.00 recovered
        Suggestion land = suggestions.register(new NewSuggestion(SuggestionKind.INTER_SESSION_OPINION,
                zhao.regionId(), Category.ECONOMY, "关于国有土地出让金的建议",
                "部分国有土地出让后，受让企业长期拖欠土地出让金，主管部门未依法追缴，造成国有资产流失。建议依法追缴。",
                List.of(zhao.id()), null, List.of()), ACTOR);
        Clue b = clues.transfer(new ClueInput(land.id(), Harm.STATE_LAND, "国有土地出让金未足额征缴，国家利益受损"),
                ACTOR);
        outbox.deliverDue();
        clues.accept(b.id(), new AcceptInput(PROCURATORATE, "杜检公益立〔2024〕15号", today.minusDays(200)), ACTOR);
        clues.preLitigation(b.id(), new PreLitigationInput("区自然资源和规划局", "建议依法全面履行监管职责，追缴欠缴的国有土地出让金。",
                today.minusDays(190)), ACTOR);
        clues.litigation(b.id(), new LitigationInput("淮北市杜集区人民法院", today.minusDays(120)), ACTOR);
        clues.judged(b.id(), new OutcomeInput("法院判决行政机关依法履职，追缴国有土地出让金，挽回国有土地出让金43万余元",
                new BigDecimal("436500.00"), today.minusDays(30)), ACTOR);

        // (c) a procuratorial suggestion -> a deputy suggestion on the rural living environment, through the outbox
        procuratorials.record(new ProcuratorialInput(PROCURATORATE, "杜检行公建〔2024〕8号", "关于持续改善城乡人居环境的建议",
                "检察机关在履职中发现部分村庄生活垃圾收运不及时、乱堆乱放现象突出。区人大代表专注城乡垃圾社会治理问题，"
                        + "将检察建议转化为代表建议：建议完善城乡垃圾收运处置体系，落实属地管理责任，持续改善城乡人居环境。",
                county.id(), Category.ENVIRONMENT, List.of(zhao.id(), wang.id()), today.minusDays(20)), ACTOR);
        outbox.deliverDue();
    }

    private static Deputy deputy(DeputyService deputies, String name) {
        return deputies.list(null, null, null, null, name, PageRequest.of(0, 1)).items().get(0);
    }
}
