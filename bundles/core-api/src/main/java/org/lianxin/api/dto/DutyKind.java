package org.lianxin.api.dto;

/**
 * The standard kinds of duty record (the thirteen forms of a deputy's duty register), with their Chinese names as
 * the registers print them. Scoring tables refer to these names.
 */
public enum DutyKind {
    SESSION("出席代表大会会议"),
    STANDING_COMMITTEE("列席人大常委会会议"),
    GROUP_ACTIVITY("参加代表小组活动"),
    INSPECTION("视察、调研、执法检查"),
    RECEPTION("进站接待选民"),
    VISIT("走访群众和市场主体"),
    TRAINING("参加学习培训"),
    REPORT_TO_VOTERS("向选民述职"),
    SUGGESTION_RAISED("提出建议、批评和意见"),
    PROBLEM_RESOLVED("推动解决群众问题"),
    INVESTMENT_LEAD("提供招商引资线索"),
    MEETING_OFFICIALS("约见国家机关负责人"),
    PUBLIC_SERVICE("参加志愿服务和公益活动"),
    RESEARCH_REPORT("撰写调研报告");

    private final String zh;

    DutyKind(String zh) {
        this.zh = zh;
    }

    /** The name on the register. */
    public String zh() {
        return zh;
    }
}
