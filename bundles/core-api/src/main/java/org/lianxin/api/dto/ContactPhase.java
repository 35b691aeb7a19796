package org.lianxin.api.dto;

/** 办前联系、办中沟通、办后回访. */
public enum ContactPhase {
    BEFORE, DURING, AFTER;
}
