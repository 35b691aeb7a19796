package org.lianxin.practice.litigation.internal.model;

/** The public interest a clue says is harmed (the fields of procuratorial public-interest litigation). */
public enum Harm {
    ECOLOGY("生态环境"), RESOURCES("资源保护"), FOOD_DRUG_SAFETY("食品药品安全"), STATE_PROPERTY("国有财产保护"),
    STATE_LAND("国有土地使用权出让"), CULTURAL_HERITAGE("文物和文化遗产保护"), OTHER("其他");

    private final String zh;

    Harm(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
