package org.lianxin.core.internal.jpa;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity
@Table(name = "LX_SUGGESTION")
public class SuggestionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    /** Optimistic lock: two nodes escalating or two clerks acting at once cannot both win. */
    @Version
    public long version;
    @Column(name = "LEDGER_NO")
    public String ledgerNo;
    @Column(name = "LEDGER_YEAR")
    public Integer ledgerYear;
    @Column(name = "LEDGER_SEQ")
    public Integer ledgerSeq;
    public String kind;
    public String category;
    public String title;
    public String content;
    public String state;
    @Column(name = "REGION_ID")
    public long regionId;
    @Column(name = "REGION_PATH")
    public String regionPath;
    @Column(name = "HANDLING_REGION_ID")
    public long handlingRegionId;
    @Column(name = "HANDLING_REGION_PATH")
    public String handlingRegionPath;
    @Column(name = "ROUTE_TIER")
    public String routeTier;
    @Column(name = "STATION_ID")
    public Long stationId;
    @Column(name = "LEAD_UNIT_ID")
    public Long leadUnitId;
    @Column(name = "PRE_LEAD_UNIT_ID")
    public Long preLeadUnitId;
    @Column(name = "ASSIGNED_ON")
    public LocalDate assignedOn;
    public LocalDate deadline;
    @Column(name = "DEADLINE_RULE")
    public String deadlineRule;
    /** The deadline a reminder was already sent for. */
    @Column(name = "REMINDED_FOR")
    public LocalDate remindedFor;
    @Column(name = "EXTENSION_DAYS")
    public Integer extensionDays;
    @Column(name = "EXTENSION_REASON")
    public String extensionReason;
    @Column(name = "RESULT_CLASS")
    public String resultClass;
    @Column(name = "REPLY_TEXT")
    public String replyText;
    @Column(name = "REPLIED_AT")
    public LocalDateTime repliedAt;
    public String rating;
    @Column(name = "RATING_CHANNEL")
    public String ratingChannel;
    public int ratings;
    public boolean supervised;
    /** Sent back for a redo after an unsatisfied rating: a second unsatisfied rating needs an explanation. */
    public boolean redone;
    @Column(name = "OVERDUE_ESCALATED")
    public boolean overdueEscalated;
    public String explanation;
    public boolean solved;
    @Column(name = "MERGED_INTO_ID")
    public Long mergedIntoId;
    @Column(name = "CREATED_AT")
    public LocalDateTime createdAt;
    @Column(name = "UPDATED_AT")
    public LocalDateTime updatedAt;
    @Column(name = "CLOSED_AT")
    public LocalDateTime closedAt;

    /** Proposers, lead first, as {@link IdList} text; indexed by {@link SuggestionDeputyLink}. */
    @Column(name = "DEPUTY_IDS")
    public String deputyIds = IdList.EMPTY;
    /** Co-handling units; indexed by {@link SuggestionUnitLink}. */
    @Column(name = "CO_UNIT_IDS")
    public String coUnitIds = IdList.EMPTY;
    @Column(name = "PRE_CO_UNIT_IDS")
    public String preCoUnitIds = IdList.EMPTY;
    /** The public opinions it was promoted from (each opinion also points back here). */
    @Column(name = "OPINION_IDS")
    public String opinionIds = IdList.EMPTY;
}
