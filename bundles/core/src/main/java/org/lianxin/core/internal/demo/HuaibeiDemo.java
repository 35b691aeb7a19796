package org.lianxin.core.internal.demo;

import java.time.LocalDate;
import java.util.List;

import org.lianxin.api.DeputyGroupService;
import org.lianxin.api.DeputyService;
import org.lianxin.api.DutyService;
import org.lianxin.api.HandlingClock;
import org.lianxin.api.VoterReportService;
import org.lianxin.api.dto.Deputy;
import org.lianxin.api.dto.ReportForm;
import org.lianxin.api.HandlingUnitService;
import org.lianxin.api.OpinionService;
import org.lianxin.api.RegionService;
import org.lianxin.api.StationService;
import org.lianxin.api.SuggestionService;
import org.lianxin.api.dto.Assignment;
import org.lianxin.api.dto.Category;
import org.lianxin.api.dto.ContactInput;
import org.lianxin.api.dto.ContactPhase;
import org.lianxin.api.dto.DeputyGroup;
import org.lianxin.api.dto.DeputyGroupInput;
import org.lianxin.api.dto.DeputyInput;
import org.lianxin.api.dto.DeputyLevel;
import org.lianxin.api.dto.DeputySeat;
import org.lianxin.api.dto.DeputyStatus;
import org.lianxin.api.dto.Evaluation;
import org.lianxin.api.dto.EvaluationChannel;
import org.lianxin.api.dto.ExtensionRequest;
import org.lianxin.api.dto.HandlingUnitInput;
import org.lianxin.api.dto.NewSuggestion;
import org.lianxin.api.dto.Opinion;
import org.lianxin.api.dto.OpinionInput;
import org.lianxin.api.dto.OpinionSource;
import org.lianxin.api.dto.Rating;
import org.lianxin.api.dto.Region;
import org.lianxin.api.dto.RegionInput;
import org.lianxin.api.dto.RegionLevel;
import org.lianxin.api.dto.Reply;
import org.lianxin.api.dto.ResultClass;
import org.lianxin.api.dto.RouteTier;
import org.lianxin.api.dto.StationInput;
import org.lianxin.api.dto.StationKind;
import org.lianxin.api.dto.Suggestion;
import org.lianxin.api.dto.SuggestionKind;
import org.lianxin.core.internal.jpa.SuggestionEntity;
import org.lianxin.core.internal.tx.Tx;

/**
 * Huaibei city with Duji, Lieshan and Xiangshan districts, after the seeds (000, 002, 003): the real cases of
 * Duji's village road, Songtuan's sewage pipe on 丰山街 and Guyao's public toilets, and one suggestion in every
 * state. People's names are fictional.
 */
final class HuaibeiDemo {
    static final String CITY_CODE = "HB";
    private static final String STAFF = "demo";

    private final RegionService regions;
    private final DeputyGroupService groups;
    private final DeputyService deputies;
    private final StationService stations;
    private final HandlingUnitService units;
    private final OpinionService opinions;
    private final SuggestionService suggestions;
    private final Tx tx;
    private final HandlingClock clock;
    private final DemoDuties demoDuties;

    HuaibeiDemo(RegionService regions, DeputyGroupService groups, DeputyService deputies, StationService stations,
            HandlingUnitService units, OpinionService opinions, SuggestionService suggestions, Tx tx,
            HandlingClock clock, DutyService duties, VoterReportService reports) {
        this.clock = clock;
        this.demoDuties = new DemoDuties(duties, reports, tx);
        this.regions = regions;
        this.groups = groups;
        this.deputies = deputies;
        this.stations = stations;
        this.units = units;
        this.opinions = opinions;
        this.suggestions = suggestions;
        this.tx = tx;
    }

    void load() {
        Region ah = region("AH", "安徽省", RegionLevel.PROVINCE, null);
        Region hb = region(CITY_CODE, "淮北市", RegionLevel.CITY, ah);
        Region dj = region("DJ", "杜集区", RegionLevel.COUNTY, hb);
        Region ls = region("LS", "烈山区", RegionLevel.COUNTY, hb);
        Region xs = region("XS", "相山区", RegionLevel.COUNTY, hb);
        Region ksj = region("DJ-KSJ", "矿山集街道", RegionLevel.TOWNSHIP, dj);
        Region shuoli = region("DJ-SL", "朔里镇", RegionLevel.TOWNSHIP, dj);
        Region songtuan = region("LS-STN", "宋疃镇", RegionLevel.TOWNSHIP, ls);
        Region guyao = region("LS-GR", "古饶镇", RegionLevel.TOWNSHIP, ls);
        Region dongshan = region("XS-DS", "东山街道", RegionLevel.TOWNSHIP, xs);

        long ksjHome = station("DJ-KSJ-JIA", "矿山集街道人大代表之家", StationKind.HOME, ksj, "矿山集街道办事处二楼");
        long zhuzhuang = station("DJ-KSJ-ZZ", "朱庄社区人大代表联系点", StationKind.POINT, ksj, "朱庄社区党群服务中心");
        long stnStation = station("LS-STN-LLZ", "宋疃镇人大代表联络站", StationKind.STATION, songtuan, "宋疃镇政府院内");
        long grStudio = station("LS-GR-GZS", "古饶镇人大代表工作室", StationKind.STUDIO, guyao, "古饶镇便民服务中心");
        long dsHall = station("XS-DS-YST", "东山街道民生议事厅", StationKind.HALL, dongshan, "东山街道社区服务中心");

        DeputyGroup ksjGroup = group("矿山集街道区人大代表小组", dj, null);
        DeputyGroup stnGroup = group("宋疃镇区人大代表小组", ls, null);
        DeputyGroup grGroup = group("古饶镇区人大代表小组", ls, null);
        DeputyGroup eduGroup = group("杜集区教育专业代表小组", dj, "教育");

        long wang = deputy("王建国", "男", ksj, ksjGroup, "基层治理", true, List.of(ksjHome, zhuzhuang),
                seat(DeputyLevel.COUNTY, dj), seat(DeputyLevel.TOWNSHIP, ksj));
        long zhao = deputy("赵秀兰", "女", ksj, ksjGroup, "社区服务", true, List.of(ksjHome),
                seat(DeputyLevel.COUNTY, dj));
        long sun = deputy("孙立新", "男", shuoli, eduGroup, "教育", false, List.of(),
                seat(DeputyLevel.CITY, hb), seat(DeputyLevel.COUNTY, dj));
        long zhou = deputy("周明远", "男", songtuan, stnGroup, "农业", true, List.of(stnStation),
                seat(DeputyLevel.COUNTY, ls));
        long wu = deputy("吴春梅", "女", songtuan, stnGroup, "生态环境", true, List.of(stnStation),
                seat(DeputyLevel.TOWNSHIP, songtuan));
        long zheng = deputy("郑海涛", "男", guyao, grGroup, "乡村振兴", true, List.of(grStudio),
                seat(DeputyLevel.COUNTY, ls), seat(DeputyLevel.TOWNSHIP, guyao));
        long chen = deputy("陈玉华", "女", guyao, grGroup, "医疗卫生", true, List.of(grStudio),
                seat(DeputyLevel.TOWNSHIP, guyao));
        long lin = deputy("林志强", "男", dongshan, null, "营商环境", false, List.of(dsHall),
                seat(DeputyLevel.PROVINCIAL, ah), seat(DeputyLevel.CITY, hb));
        long he = deputy("何静", "女", dongshan, null, "教育", true, List.of(dsHall),
                seat(DeputyLevel.COUNTY, xs));
        long liu = deputy("刘国庆", "男", hb, null, "交通", false, List.of(), seat(DeputyLevel.NATIONAL, ah),
                seat(DeputyLevel.CITY, hb));
        groups.update(ksjGroup.id(), new DeputyGroupInput(ksjGroup.name(), dj.id(), null, wang, zhao, null));
        groups.update(stnGroup.id(), new DeputyGroupInput(stnGroup.name(), ls.id(), null, zhou, wu, null));
        groups.update(grGroup.id(), new DeputyGroupInput(grGroup.name(), ls.id(), null, zheng, chen, null));

        long ksjOffice = unit("DJ-KSJ-BSC", "矿山集街道办事处", ksj);
        long djTransport = unit("DJ-JTJ", "杜集区交通运输局", dj);
        long djHousing = unit("DJ-ZJJ", "杜集区住房和城乡建设局", dj);
        long djEducation = unit("DJ-JYJ", "杜集区教育局", dj);
        long stnGov = unit("LS-STN-ZF", "宋疃镇人民政府", songtuan);
        long grGov = unit("LS-GR-ZF", "古饶镇人民政府", guyao);
        long lsAgri = unit("LS-NYJ", "烈山区农业农村局", ls);
        long lsHousing = unit("LS-ZJJ", "烈山区住房和城乡建设局", ls);
        long hbEnv = unit("HB-SHJ", "淮北市生态环境局", hb);
        long hbTransport = unit("HB-JTJ", "淮北市交通运输局", hb);
        unit("XS-DS-BSC", "东山街道办事处", dongshan);

        // 000 Duji: the village road of 朱庄社区, repaired in about ten days with over a million yuan
        Suggestion road = raise(SuggestionKind.INTER_SESSION_OPINION, ksj, Category.INFRASTRUCTURE,
                "关于解决朱庄社区下辖的六村村内道路破损、影响群众通行的建议",
                "朱庄社区下辖六个自然村村内道路破损严重，雨天积水，群众出行困难，建议尽快整修硬化。", zhuzhuang,
                wang, zhao);
        handle(road, RouteTier.TOWNSHIP, new Assignment(ksjOffice, List.of()));
        contact(road, ContactPhase.BEFORE, "电话", "办理前与代表沟通整修方案");
        suggestions.reply(road.id(), new Reply(ResultClass.A,
                "街道办事处协调资金100余万元，仅用10余天时间将村内道路整修并硬化，群众通行问题已解决。"), "矿山集街道办事处");
        contact(road, ContactPhase.AFTER, "实地回访", "与代表一同回访群众，群众满意");
        suggestions.evaluate(road.id(), new Evaluation(Rating.SATISFIED, EvaluationChannel.ONLINE, "办理迅速，群众好评"),
                "王建国");
        suggestions.close(road.id(), STAFF);

        // 000 Lieshan: the sewage pipe on 丰山街 of 宋疃镇, 2.34 million yuan, 2250 metres of network
        Suggestion sewage = raise(SuggestionKind.INTER_SESSION_OPINION, songtuan, Category.ENVIRONMENT,
                "关于修建宋疃镇丰山街污水管的建议", "丰山街沿街住户污水无处排放，影响环境卫生，建议修建污水管网。",
                stnStation, zhou);
        handle(sewage, RouteTier.TOWNSHIP, new Assignment(stnGov, List.of(lsHousing)));
        suggestions.reply(sewage.id(), new Reply(ResultClass.A,
                "宋疃镇争取项目资金234万元，改造污水管网2250米，满足了群众污水排放需求。"), "宋疃镇人民政府");
        suggestions.evaluate(sewage.id(), new Evaluation(Rating.SATISFIED, EvaluationChannel.ONLINE, null), "周明远");

        // 000 Lieshan: public toilets in the natural villages of 古饶镇, raised by several deputies from voters
        Opinion toiletVoice = opinions.record(new OpinionInput(OpinionSource.STATION, guyao.id(), grStudio, zheng,
                "自然庄没有公共厕所，群众如厕难，希望统一修建。", "村民甲", null));
        Suggestion toilets = opinions.promote(toiletVoice.id(), new NewSuggestion(SuggestionKind.INTER_SESSION_OPINION,
                guyao.id(), Category.PUBLIC_AFFAIRS, "关于古饶镇自然庄修建公厕的建议", null, List.of(zheng, chen),
                grStudio, List.of()), STAFF);
        handle(toilets, RouteTier.TOWNSHIP, new Assignment(grGov, List.of(lsAgri)));
        suggestions.reply(toilets.id(), new Reply(ResultClass.B,
                "古饶镇提出“一庄一公厕”方案，全镇已建公厕130多座，全部建成后可达200座，列入计划逐步解决。"), "古饶镇人民政府");
        suggestions.evaluate(toilets.id(), new Evaluation(Rating.BASICALLY_SATISFIED, EvaluationChannel.ONLINE,
                "希望加快进度"), "郑海涛");
        suggestions.close(toilets.id(), STAFF);

        // one suggestion in every other state
        suggestions.preSubmit(nu(SuggestionKind.SESSION_SUGGESTION, dj, Category.EDUCATION,
                "关于增加农村学校心理健康教师配备的建议", "农村学校心理健康教师缺乏，建议按比例配备。", null, sun), "孙立新");
        Suggestion checked = suggestions.preSubmit(nu(SuggestionKind.SESSION_SUGGESTION, dj, Category.HEALTH,
                "关于加强社区卫生服务中心慢病管理的建议", "建议社区卫生服务中心建立慢病随访制度。", null, zhao), STAFF);
        suggestions.preCheck(checked.id(), true, null, "矿山集街道人大工委");
        raise(SuggestionKind.INTER_SESSION_OPINION, dongshan, Category.SOCIAL_GOVERNANCE,
                "关于老旧小区加装电梯的建议", "东山街道多个老旧小区居民年龄偏大，上下楼困难。", dsHall, he);
        Suggestion returned = raise(SuggestionKind.INTER_SESSION_OPINION, ksj, Category.OTHER,
                "关于改善环境的建议", "环境需要改善。", null, zhao);
        suggestions.groupReturn(returned.id(), "内容过于笼统，请写明具体地点和问题", "王建国");
        Suggestion duplicate = raise(SuggestionKind.INTER_SESSION_OPINION, ksj, Category.INFRASTRUCTURE,
                "关于修复朱庄社区村内道路的建议", "朱庄社区村内道路坑洼，建议修复。", zhuzhuang, zhao);
        Suggestion mergeTarget = raise(SuggestionKind.INTER_SESSION_OPINION, ksj, Category.INFRASTRUCTURE,
                "关于朱庄社区增设路灯的建议", "朱庄社区主干道夜间照明不足，建议增设路灯。", zhuzhuang, wang);
        suggestions.merge(duplicate.id(), mergeTarget.id(), "与同一社区道路照明建议合并办理", "王建国");
        Suggestion review = raise(SuggestionKind.INTER_SESSION_OPINION, songtuan, Category.AGRICULTURE,
                "关于建设高标准农田灌溉设施的建议", "部分农田灌溉设施老化，建议纳入高标准农田建设。", stnStation, wu);
        suggestions.groupPass(review.id(), "周明远");
        Suggestion routed = raise(SuggestionKind.INTER_SESSION_OPINION, shuoli, Category.INFRASTRUCTURE,
                "关于朔里镇至市区公交线路加密班次的建议", "早晚高峰公交班次少，群众出行不便。", null, sun);
        suggestions.groupPass(routed.id(), STAFF);
        suggestions.route(routed.id(), RouteTier.CITY, "朔里镇人大主席团");
        Suggestion preAssigned = raise(SuggestionKind.INTER_SESSION_OPINION, ksj, Category.EDUCATION,
                "关于学校周边交通安全整治的建议", "放学时段学校门口车辆拥堵，存在安全隐患。", ksjHome, wang);
        suggestions.groupPass(preAssigned.id(), STAFF);
        suggestions.route(preAssigned.id(), RouteTier.COUNTY, "矿山集街道人大工委");
        suggestions.preAssign(preAssigned.id(), new Assignment(djEducation, List.of(djTransport)), "区政府办");
        Suggestion assigned = raise(SuggestionKind.SESSION_SUGGESTION, dj, Category.INFRASTRUCTURE,
                "关于改造杜集区背街小巷雨污管网的建议", "背街小巷雨污混流，雨季积水严重。", null, sun, wang);
        handle(assigned, RouteTier.COUNTY, new Assignment(djHousing, List.of()));
        Suggestion handling = raise(SuggestionKind.INTER_SESSION_OPINION, dongshan, Category.ECONOMY,
                "关于优化小微企业开办审批流程的建议", "小微企业开办仍需多次往返，建议一窗通办。", dsHall, lin);
        handle(handling, RouteTier.CITY, new Assignment(hbTransport, List.of()));
        suggestions.accept(handling.id(), "淮北市交通运输局");
        suggestions.requestExtension(handling.id(), new ExtensionRequest(10, "需与市场监管部门会商"), "淮北市交通运输局");
        Suggestion replied = raise(SuggestionKind.INTER_SESSION_OPINION, songtuan, Category.ENVIRONMENT,
                "关于整治宋疃镇河道垃圾的建议", "河道两侧堆放垃圾，影响水质。", stnStation, wu);
        handle(replied, RouteTier.TOWNSHIP, new Assignment(stnGov, List.of()));
        suggestions.reply(replied.id(), new Reply(ResultClass.A, "已组织清理河道垃圾并建立河长巡查制度。"), "宋疃镇人民政府");
        Suggestion supervised = raise(SuggestionKind.INTER_SESSION_OPINION, guyao, Category.HEALTH,
                "关于古饶镇卫生院增加夜间急诊医生的建议", "夜间急诊只有一名医生，群众就医等待时间长。", grStudio, chen);
        handle(supervised, RouteTier.COUNTY, new Assignment(lsHousing, List.of()));
        suggestions.reply(supervised.id(), new Reply(ResultClass.C, "受编制限制，暂无法增加。"), "烈山区住房和城乡建设局");
        suggestions.evaluate(supervised.id(), new Evaluation(Rating.UNSATISFIED, EvaluationChannel.ONLINE,
                "答复敷衍，未见办理措施"), "陈玉华");
        Suggestion explained = raise(SuggestionKind.INTER_SESSION_OPINION, xs, Category.INFRASTRUCTURE,
                "关于相山区拓宽东山路的建议", "东山路通行能力不足，建议拓宽。", dsHall, he);
        handle(explained, RouteTier.COUNTY, new Assignment(unit("XS-ZJJ", "相山区住房和城乡建设局", xs), List.of()));
        suggestions.reply(explained.id(), new Reply(ResultClass.C, "受规划红线限制，近期无法拓宽。"), "相山区住建局");
        suggestions.evaluate(explained.id(), new Evaluation(Rating.UNSATISFIED, EvaluationChannel.ONLINE, null), "何静");
        suggestions.reply(explained.id(), new Reply(ResultClass.C, "经重点督办复核，仍受规划红线限制，已改为优化信号配时。"),
                "相山区住建局");
        suggestions.evaluate(explained.id(), new Evaluation(Rating.UNSATISFIED, EvaluationChannel.ONLINE, null), "何静");
        suggestions.explain(explained.id(), "东山路两侧为既有建筑，拓宽需整体规划调整，已列入下一轮国土空间规划研究，"
                + "近期通过优化信号配时缓解拥堵。", "相山区住建局");
        Suggestion explaining = raise(SuggestionKind.INTER_SESSION_OPINION, dj, Category.ENVIRONMENT,
                "关于治理杜集区采石场扬尘的建议", "废弃采石场扬尘影响周边村庄。", null, sun);
        handle(explaining, RouteTier.CITY, new Assignment(hbEnv, List.of()));
        suggestions.reply(explaining.id(), new Reply(ResultClass.B, "已纳入矿山生态修复计划。"), "淮北市生态环境局");
        suggestions.evaluate(explaining.id(), new Evaluation(Rating.UNSATISFIED, EvaluationChannel.PAPER, null), "孙立新");
        suggestions.reply(explaining.id(), new Reply(ResultClass.B, "已编制修复方案，明年实施。"), "淮北市生态环境局");
        suggestions.evaluate(explaining.id(), new Evaluation(Rating.UNSATISFIED, EvaluationChannel.PAPER, null), "孙立新");

        // overdue items: one waiting for assignment past its routing deadline, one past its reply deadline
        Suggestion lateRoute = raise(SuggestionKind.INTER_SESSION_OPINION, ls, Category.PUBLIC_AFFAIRS,
                "关于烈山区增设便民服务网点的建议", "偏远村民办事路途远。", null, zhou);
        suggestions.groupPass(lateRoute.id(), STAFF);
        suggestions.route(lateRoute.id(), RouteTier.COUNTY, STAFF);
        Suggestion lateReply = raise(SuggestionKind.INTER_SESSION_OPINION, ls, Category.INFRASTRUCTURE,
                "关于修复烈山区乡村道路路灯的建议", "多处路灯损坏未修。", null, zheng);
        handle(lateReply, RouteTier.COUNTY, new Assignment(lsHousing, List.of()));
        backdate(lateRoute.id(), 2);
        backdate(lateReply.id(), 3);

        opinions.record(new OpinionInput(OpinionSource.PUBLIC_QR, ksj.id(), ksjHome, wang,
                "小区门口垃圾清运不及时，夏天气味大。", null, null));
        opinions.record(new OpinionInput(OpinionSource.STATION, songtuan.id(), stnStation, null,
                "希望在镇上增设老年食堂。", "居民乙", null));
        opinions.record(new OpinionInput(OpinionSource.DEPUTY, dongshan.id(), null, he,
                "学校周边缺少夜间照明。", null, null));

        dutyYears(List.of(wang, zhao, sun, zhou, wu, zheng, chen, lin, he, liu),
                new double[] {1.0, 0.9, 0.55, 0.8, 0.7, 1.0, 0.6, 0.4, 0.85, 0.3});
    }

    /** Last year and this year of duty records, and reports to voters held last year by three deputies. */
    private void dutyYears(List<Long> ids, double[] levels) {
        LocalDate today = clock.today();
        LocalDate yesterday = today.minusDays(1);
        for (int i = 0; i < ids.size(); i++) {
            Deputy d = deputies.get(ids.get(i));
            demoDuties.year(d, today.getYear() - 1, yesterday, levels[i]);
            demoDuties.year(d, today.getYear(), yesterday, levels[i]);
        }
        LocalDate lastJune = LocalDate.of(today.getYear() - 1, 6, 15);
        demoDuties.report(deputies.get(ids.get(0)), ReportForm.ORAL, lastJune, 92);
        demoDuties.report(deputies.get(ids.get(1)), ReportForm.WRITTEN, lastJune.plusDays(7), 85);
        demoDuties.report(deputies.get(ids.get(5)), ReportForm.ORAL, lastJune.plusDays(14), 76);
    }

    private Region region(String code, String name, RegionLevel level, Region parent) {
        return regions.create(new RegionInput(code, name, level, parent == null ? null : parent.id()));
    }

    private long station(String code, String name, StationKind kind, Region region, String address) {
        return stations.create(new StationInput(code, name, kind, region.id(), address, null)).id();
    }

    private DeputyGroup group(String name, Region region, String specialty) {
        return groups.create(new DeputyGroupInput(name, region.id(), specialty, null, null, null));
    }

    private static DeputySeat seat(DeputyLevel level, Region region) {
        return new DeputySeat(level, region.id(), level == DeputyLevel.NATIONAL ? "十四届" : "本届");
    }

    private long deputy(String name, String gender, Region region, DeputyGroup group, String specialty,
            boolean direct, List<Long> stationIds, DeputySeat... seats) {
        return deputies.create(new DeputyInput(name, gender, region.id(), group == null ? null : group.id(),
                specialty, "2021-2026", DeputyStatus.ACTIVE, "138" + String.format("%08d", name.hashCode() & 0xFFFFFF),
                direct ? region.name() + "第一选区" : null, direct, List.of(seats), stationIds)).id();
    }

    private long unit(String code, String name, Region region) {
        return units.create(new HandlingUnitInput(code, name, region.id(), name + "办公室")).id();
    }

    private static NewSuggestion nu(SuggestionKind kind, Region region, Category category, String title,
            String content, Long station, long... deputyIds) {
        return new NewSuggestion(kind, region.id(), category, title, content,
                java.util.Arrays.stream(deputyIds).boxed().toList(), station, List.of());
    }

    private Suggestion raise(SuggestionKind kind, Region region, Category category, String title, String content,
            Long station, long... deputyIds) {
        return suggestions.register(nu(kind, region, category, title, content, station, deputyIds), STAFF);
    }

    private void handle(Suggestion s, RouteTier tier, Assignment assignment) {
        suggestions.groupPass(s.id(), STAFF);
        suggestions.route(s.id(), tier, STAFF);
        suggestions.assign(s.id(), assignment, STAFF);
    }

    private void contact(Suggestion s, ContactPhase phase, String method, String note) {
        suggestions.logContact(s.id(), new ContactInput(phase, method, note), STAFF);
    }

    /** Moves a running deadline into the past, as if the item had been waiting since then. */
    private void backdate(long id, int daysAgo) {
        tx.write(em -> {
            SuggestionEntity s = em.find(SuggestionEntity.class, id);
            s.deadline = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(daysAgo);
            return null;
        });
    }
}
