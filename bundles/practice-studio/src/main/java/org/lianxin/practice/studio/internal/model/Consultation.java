package org.lianxin.practice.studio.internal.model;

import java.time.LocalDate;

/** A question brought to a studio and, once answered, the answer, who gave it and when. */
public record Consultation(long id, long studioId, LocalDate askedOn, String asker, String question, String answer,
        Long answeredBy, LocalDate answeredOn, Long dutyRecordId) {}
