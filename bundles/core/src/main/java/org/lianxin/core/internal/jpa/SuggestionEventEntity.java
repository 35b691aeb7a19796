package org.lianxin.core.internal.jpa;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "LX_SUGGESTION_EVENT")
public class SuggestionEventEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "SUGGESTION_ID")
    public long suggestionId;
    /** UTC. */
    @Column(name = "EVENT_AT")
    public LocalDateTime at;
    public String actor;
    @Column(name = "ACTION_NAME")
    public String action;
    @Column(name = "FROM_STATE")
    public String fromState;
    @Column(name = "TO_STATE")
    public String toState;
    public String reason;
    /** key=value lines, values URL-encoded. */
    public String data;
}
