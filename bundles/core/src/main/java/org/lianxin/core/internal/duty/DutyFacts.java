package org.lianxin.core.internal.duty;

import java.time.LocalDate;

import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.DutyDetails;
import org.lianxin.api.dto.DutyKind;
import org.lianxin.api.dto.DutyRecordInput;
import org.lianxin.core.internal.jpa.DutyFactsColumns;
import org.lianxin.core.internal.util.Check;

/** The checked facts of a duty record, as entered or proposed by a correction. */
record DutyFacts(DutyKind kind, LocalDate date, String place, Long stationId, String participants,
        String evidence) {
    static final int PLACE = 200;
    static final int PARTICIPANTS = 2000;

    /**
     * Checks an entry: kind and date required, no date in the future (a register records what was done),
     * evidence required so a reviewer has something to review.
     */
    /** The facts as stored; null when none are (a duplicate's correction proposes none). */
    static DutyFacts of(DutyFactsColumns c) {
        return c == null || c.kind == null ? null
                : new DutyFacts(DutyKind.valueOf(c.kind), c.date, c.place, c.stationId, c.participants, c.evidence);
    }

    DutyFactsColumns columns() {
        DutyFactsColumns c = new DutyFactsColumns();
        c.kind = kind.name();
        c.date = date;
        c.place = place;
        c.stationId = stationId;
        c.participants = participants;
        c.evidence = evidence;
        return c;
    }

    DutyDetails details() {
        return new DutyDetails(kind, date, place, stationId, participants, evidence);
    }

    static DutyFacts of(DutyRecordInput in, String prefix, LocalDate today) {
        return of(new DutyDetails(in.kind(), in.date(), in.place(), in.stationId(), in.participants(), in.evidence()),
                prefix, today);
    }

    static DutyFacts of(DutyDetails in, String prefix, LocalDate today) {
        DutyKind kind = Check.required(in.kind(), prefix + "kind");
        LocalDate date = Check.required(in.date(), prefix + "date");
        if (date.isAfter(today)) {
            throw new ValidationException(prefix + "date", "is in the future (" + date + "); record duties once done");
        }
        return new DutyFacts(kind, date, Check.optional(in.place(), prefix + "place", PLACE), in.stationId(),
                Check.optional(in.participants(), prefix + "participants", PARTICIPANTS),
                Check.text(in.evidence(), prefix + "evidence", Check.TEXT));
    }
}
