package org.lianxin.practice.petition.internal.model;

import java.time.LocalDate;

/** A step taken on a petition; a visit carries the proxy deputy's duty record. */
public record Step(long id, long petitionId, LocalDate takenOn, StepKind kind, String kindZh, String note,
        String actor, Long dutyRecordId) {}
