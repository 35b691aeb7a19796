package org.lianxin.rest.internal.resource;

import org.lianxin.api.dto.RouteTier;

/**
 * The small JSON bodies of lifecycle actions that have no record of their own in core-api. Boxed types, so
 * that a missing value is seen and named instead of read as 0 or false.
 */
public final class ActionBodies {
    private ActionBodies() {
    }

    /** group-return, unit-return, opinion dismissal. */
    public record Reason(String reason) {
    }

    public record PreCheck(Boolean pass, String reason) {
    }

    /** Null title or content keeps the old one. */
    public record Resubmit(String title, String content) {
    }

    public record Merge(Long targetId, String reason) {
    }

    public record Route(RouteTier tier) {
    }

    public record ExtensionDecision(Boolean approve, String reason) {
    }

    public record Supervise(String leader, String reason) {
    }

    public record Explain(String explanation) {
    }

    public record MarkSolved(String note) {
    }
}
