package org.lianxin.core.internal.export;

import java.util.Map;

/** Chinese labels of the ledger's codes, as the county Excel ledgers print them. */
final class Labels {
    private static final Map<String, String> STATES = Map.ofEntries(Map.entry("PRE_SUBMITTED", "预提交"),
            Map.entry("PRE_CHECKED", "已预审"), Map.entry("REGISTERED", "已登记"), Map.entry("RETURNED", "退回修改"),
            Map.entry("MERGED", "已合并"), Map.entry("TOWNSHIP_REVIEW", "乡镇审核"), Map.entry("ROUTED", "待交办"),
            Map.entry("PRE_ASSIGNED", "预交办"), Map.entry("ASSIGNED", "已交办"), Map.entry("HANDLING", "办理中"),
            Map.entry("REPLIED", "已答复"), Map.entry("SUPERVISED", "重点督办"),
            Map.entry("EXPLANATION_REQUIRED", "待说明"), Map.entry("COMPLETED", "已办结"), Map.entry("EXPLAINED", "已说明"),
            Map.entry("CLOSED", "已销号"));
    private static final Map<String, String> RATINGS = Map.of("SATISFIED", "满意", "BASICALLY_SATISFIED", "基本满意",
            "UNSATISFIED", "不满意");
    private static final Map<String, String> TIERS = Map.of("TOWNSHIP", "乡镇", "COUNTY", "县级", "CITY", "市级");

    private Labels() {
    }

    static String state(String s) {
        return s == null ? null : STATES.getOrDefault(s, s);
    }

    static String rating(String r) {
        return r == null ? null : RATINGS.getOrDefault(r, r);
    }

    static String tier(String t) {
        return t == null ? null : TIERS.getOrDefault(t, t);
    }

    static String yes(boolean b) {
        return b ? "是" : "否";
    }
}
