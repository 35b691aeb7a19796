package org.lianxin.api.dto;

/** The spreadsheets counties keep: the ledger (台账), the assignment register (交办登记), statistics, score tables. */
public enum ExportKind {
    LEDGER("建议台账"), ASSIGNMENTS("交办登记表"), STATISTICS("建议办理统计"), SCORES("代表履职积分排名");

    private final String zh;

    ExportKind(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
