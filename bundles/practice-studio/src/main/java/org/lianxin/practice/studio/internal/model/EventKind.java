package org.lianxin.practice.studio.internal.model;

/** What a studio event is. */
public enum EventKind {
    CLASS("讲座课堂"), LIVESTREAM("直播课堂"), CONSULTATION_DAY("集中咨询日"), VISIT("走访调研"), OTHER("其他");

    private final String zh;

    EventKind(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
