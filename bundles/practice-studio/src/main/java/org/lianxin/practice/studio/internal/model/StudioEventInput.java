package org.lianxin.practice.studio.internal.model;

import java.time.LocalDate;
import java.util.List;

/** Each listed deputy (a member) gets a verified duty record for taking part. */
public record StudioEventInput(EventKind kind, String title, LocalDate heldOn, Integer sessions, Integer attendance,
        Integer viewers, List<Long> deputyIds) {}
