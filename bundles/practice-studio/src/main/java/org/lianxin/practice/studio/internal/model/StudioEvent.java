package org.lianxin.practice.studio.internal.model;

import java.time.LocalDate;
import java.util.List;

/** An event a studio held: a class, a livestream (sessions, viewers), a consultation day, with the deputies who took part. */
public record StudioEvent(long id, long studioId, EventKind kind, String title, LocalDate heldOn, int sessions,
        int attendance, int viewers, List<Long> deputyIds) {
    public StudioEvent {
        deputyIds = List.copyOf(deputyIds);
    }
}
