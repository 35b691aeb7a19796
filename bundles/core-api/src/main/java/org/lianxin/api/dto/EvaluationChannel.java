package org.lianxin.api.dto;

/** Where an evaluation was taken (双测评 takes it on both). */
public enum EvaluationChannel {
    ONLINE, PAPER;
}
