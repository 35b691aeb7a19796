package org.lianxin.core.internal.jpa;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Embeddable;

/** The facts of a duty record: a record's own, or those a correction request proposes (columns P_*). */
@Embeddable
public class DutyFactsColumns {
    public String kind;
    @Column(name = "DUTY_DATE")
    public LocalDate date;
    public String place;
    @Column(name = "STATION_ID")
    public Long stationId;
    public String participants;
    public String evidence;
}
