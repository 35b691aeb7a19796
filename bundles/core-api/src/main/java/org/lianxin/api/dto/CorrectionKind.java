package org.lianxin.api.dto;

/** What a deputy says is wrong with the register (错、重、漏). */
public enum CorrectionKind {
    /** 错: a record holds wrong facts. */
    ERROR,
    /** 重: a record counts something already counted. */
    DUPLICATE,
    /** 漏: a duty performed has no record. */
    OMISSION;
}
