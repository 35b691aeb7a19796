package org.lianxin.api.dto;

/** A: solved or adopted; B: listed in a plan, solved gradually; C: cannot be solved now, explained. */
public enum ResultClass {
    A, B, C;
}
