package org.lianxin.practice.council.internal.model;

import java.time.LocalDate;

/** An item selected (选): the representative who brought it, the meeting where it was selected (none: by the convenor), what residents raised. */
public record SelectInput(Long representativeId, Long meetingId, String title, String content, String raisedBy, LocalDate selectedOn) {}
