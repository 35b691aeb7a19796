package org.lianxin.api.dto;

/** Every action of the suggestion lifecycle; each is one service method, one REST endpoint and one event. */
public enum LifecycleAction {
    PRE_SUBMIT, PRE_CHECK, FORMALIZE, REGISTER,
    GROUP_PASS, GROUP_RETURN, RESUBMIT, MERGE,
    ROUTE, PRE_ASSIGN, ASSIGN, ACCEPT, UNIT_RETURN,
    LOG_CONTACT, REQUEST_EXTENSION, DECIDE_EXTENSION,
    REPLY, EVALUATE, SUPERVISE, ESCALATE_OVERDUE, REMIND_OVERDUE, EXPLAIN, CLOSE,
    MARK_SOLVED, SECONDARY_EVALUATE;
}
