package org.lianxin.core.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Embeddable;

@Embeddable
public class SeatEmbeddable {
    @Column(name = "SEAT_LEVEL")
    public String level;
    @Column(name = "REGION_ID")
    public long regionId;
    @Column(name = "TERM_NAME")
    public String term;
}
