package org.lianxin.core.internal.lifecycle;

/**
 * What, besides the state, decides whether an action is allowed now.
 *
 * @param extensionPending an extension request waits for a decision
 * @param lookBack         B-class and not yet solved
 * @param overdue          the running deadline has passed
 * @param escalated        an overdue reply was already escalated to key supervision
 * @param reminded         a reminder was already sent for the running deadline
 */
public record Facts(boolean extensionPending, boolean lookBack, boolean overdue, boolean escalated, boolean reminded) {

    public static final Facts NONE = new Facts(false, false, false, false, false);
}
