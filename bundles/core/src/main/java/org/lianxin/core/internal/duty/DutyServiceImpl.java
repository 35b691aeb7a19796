package org.lianxin.core.internal.duty;

import java.time.LocalDate;

import javax.persistence.EntityManager;

import org.lianxin.api.ConflictException;
import org.lianxin.api.DutyService;
import org.lianxin.api.HandlingClock;
import org.lianxin.api.NotFoundException;
import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.CorrectionKind;
import org.lianxin.api.dto.CorrectionStatus;
import org.lianxin.api.dto.DutyCorrection;
import org.lianxin.api.dto.DutyCorrectionInput;
import org.lianxin.api.dto.DutyQuery;
import org.lianxin.api.dto.DutyRecord;
import org.lianxin.api.dto.DutyRecordInput;
import org.lianxin.api.dto.DutySource;
import org.lianxin.api.dto.DutyStatus;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.api.security.Identity;
import org.lianxin.core.internal.directory.Regions;
import org.lianxin.core.internal.jpa.DeputyEntity;
import org.lianxin.core.internal.jpa.DutyCorrectionEntity;
import org.lianxin.core.internal.jpa.DutyRecordEntity;
import org.lianxin.core.internal.jpa.StationEntity;
import org.lianxin.core.internal.security.Access;
import org.lianxin.core.internal.tx.Tx;
import org.lianxin.core.internal.util.Check;
import org.lianxin.core.internal.util.Clocks;
import org.lianxin.core.internal.util.Jpql;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Duty records and their corrections; who may do what is {@link DutyPolicy}'s: a deputy enters and reads their own,
 * staff of the deputy's region enter for them, group leaders, staff and administrators of the region review, office
 * roles and group leaders read within their region, and verified records come from another service acting for any
 * signed-in caller.
 */
@Component(service = DutyService.class)
public class DutyServiceImpl implements DutyService {
    static final int SOURCE_REF = 100;

    private final Tx tx;
    private final HandlingClock clock;
    private final Access access;

    @Activate
    public DutyServiceImpl(@Reference Tx tx, @Reference HandlingClock clock, @Reference Access access) {
        this.tx = tx;
        this.clock = clock;
        this.access = access;
    }

    @Override
    public DutyRecord record(DutyRecordInput in, String actor) {
        Check.required(in, "record");
        String who = Check.actor(actor);
        Identity me = access.caller();
        DutyPolicy.checkEnterer(me, "enter a duty record");
        DutyFacts facts = DutyFacts.of(in, "", clock.today());
        return tx.write(em -> {
            DeputyEntity deputy = deputy(em, in.deputyId(), "deputyId");
            DutyPolicy.checkEnter(me, deputy.id, deputy.regionPath, "enter a duty record of deputy " + deputy.id);
            DutyRecordEntity r = newRecord(em, deputy, facts, DutySource.MANUAL, null, DutyStatus.PENDING, who);
            return DutyMapper.dto(r);
        });
    }

    @Override
    public DutyRecord recordVerified(DutyRecordInput in, String sourceRef, String actor) {
        Check.required(in, "record");
        String who = Check.actor(actor);
        String ref = Check.text(sourceRef, "sourceRef", SOURCE_REF);
        DutyPolicy.checkAutomatic(access.caller(), "record a verified duty");
        DutyFacts facts = DutyFacts.of(in, "", clock.today());
        return tx.write(em -> {
            DeputyEntity deputy = deputy(em, in.deputyId(), "deputyId");
            return DutyMapper.dto(AutoDuties.once(em, deputy, facts, ref, who));
        });
    }

    @Override
    public DutyRecord get(long id) {
        Identity me = access.caller();
        DutyPolicy.checkReader(me, "read duty record " + id);
        return tx.read(em -> DutyMapper.dto(visibleRecord(em, me, id)));
    }

    @Override
    public Page<DutyRecord> list(DutyQuery query, PageRequest page) {
        DutyQuery q = query == null ? DutyQuery.all() : query;
        if (q.from() != null && q.to() != null && q.from().isAfter(q.to())) {
            throw new ValidationException("from", "is after to");
        }
        Identity me = access.caller();
        DutyPolicy.checkReader(me, "list duty records");
        if (q.regionId() != null && DutyPolicy.readsByRegion(me)) {
            access.requireScope(me, q.regionId(), "list the duty records of region " + q.regionId());
        }
        return tx.read(em -> DutyPolicy.readScope(me).restrict(Jpql.from(DutyRecordEntity.class, "r"),
                "r.regionPath LIKE :lxScope", "r.deputyId = :lxMine", null)
                .where("r.deputyId = :d", "d", q.deputyId())
                .where("r.regionPath LIKE :p", "p", q.regionId() == null ? null
                        : Regions.subtreePattern(Regions.find(em, q.regionId())))
                .where("r.facts.kind = :k", "k", q.kind() == null ? null : q.kind().name())
                .where("r.status = :st", "st", q.status() == null ? null : q.status().name())
                .where("r.source = :so", "so", q.source() == null ? null : q.source().name())
                .where("r.facts.date >= :from", "from", q.from())
                .where("r.facts.date <= :to", "to", q.to())
                .orderBy("r.facts.date DESC, r.id DESC").page(em, page, DutyMapper::dto));
    }

    @Override
    public DutyRecord approve(long id, String note, String actor) {
        String why = Check.optional(note, "note", Check.REASON);
        return review(id, DutyStatus.APPROVED, why, actor);
    }

    @Override
    public DutyRecord reject(long id, String reason, String actor) {
        return review(id, DutyStatus.REJECTED, Check.text(reason, "reason", Check.REASON), actor);
    }

    private DutyRecord review(long id, DutyStatus outcome, String note, String actor) {
        String who = Check.actor(actor);
        Identity me = access.caller();
        String what = (outcome == DutyStatus.APPROVED ? "approve" : "reject") + " duty record " + id;
        DutyPolicy.checkReader(me, what);
        return tx.write(em -> {
            DutyRecordEntity r = visibleRecord(em, me, id);
            DutyPolicy.checkReview(me, r.regionPath, what);
            if (!DutyStatus.PENDING.name().equals(r.status)) {
                throw new ConflictException("duty record " + id + " is " + r.status
                        + "; only PENDING records are reviewed (ask for a correction instead)");
            }
            r.status = outcome.name();
            r.reviewNote = note;
            r.reviewedBy = who;
            return DutyMapper.dto(r);
        });
    }

    // --- corrections (错重漏) -------------------------------------------------------------------------

    @Override
    public DutyCorrection requestCorrection(DutyCorrectionInput in, String actor) {
        Check.required(in, "correction");
        String who = Check.actor(actor);
        CorrectionKind kind = Check.required(in.kind(), "kind");
        String description = Check.text(in.description(), "description", Check.REASON);
        DutyFacts proposed = Corrections.proposedFacts(in, clock.today());
        Identity me = access.caller();
        DutyPolicy.checkEnterer(me, "ask for a duty correction");
        return tx.write(em -> {
            DeputyEntity deputy = deputy(em, in.deputyId(), "deputyId");
            DutyPolicy.checkEnter(me, deputy.id, deputy.regionPath, "ask for a correction of deputy " + deputy.id
                    + "'s duties");
            if (kind != CorrectionKind.OMISSION) {
                DutyRecordEntity r = em.find(DutyRecordEntity.class, in.recordId());
                if (r == null || r.deputyId != deputy.id) {
                    throw new ValidationException("recordId", "deputy " + deputy.id + " has no duty record "
                            + in.recordId());
                }
                if (!Corrections.correctable(DutyStatus.valueOf(r.status))) {
                    throw new ConflictException("duty record " + r.id + " is " + r.status + " and counts for nothing;"
                            + " there is nothing to correct");
                }
                if (openCorrectionOf(em, r.id)) {
                    throw new ConflictException("duty record " + r.id + " already has an open correction request");
                }
            }
            if (proposed != null && proposed.stationId() != null) {
                station(em, proposed.stationId(), "proposed.stationId");
            }
            DutyCorrectionEntity c = new DutyCorrectionEntity();
            c.deputyId = deputy.id;
            c.kind = kind.name();
            c.recordId = kind == CorrectionKind.OMISSION ? null : in.recordId();
            c.description = description;
            c.proposed = proposed == null ? null : proposed.columns();
            c.status = CorrectionStatus.OPEN.name();
            c.createdBy = who;
            c.createdAt = Clocks.nowUtc();
            em.persist(c);
            em.flush();
            return DutyMapper.dto(c);
        });
    }

    @Override
    public DutyCorrection getCorrection(long id) {
        Identity me = access.caller();
        DutyPolicy.checkReader(me, "read duty correction " + id);
        return tx.read(em -> DutyMapper.dto(visibleCorrection(em, me, id)));
    }

    @Override
    public Page<DutyCorrection> listCorrections(Long deputyId, CorrectionStatus status, PageRequest page) {
        Identity me = access.caller();
        DutyPolicy.checkReader(me, "list duty corrections");
        return tx.read(em -> DutyPolicy.readScope(me).restrict(Jpql.from(DutyCorrectionEntity.class, "c"),
                "EXISTS (SELECT d.id FROM DeputyEntity d WHERE d.id = c.deputyId AND d.regionPath LIKE :lxScope)",
                "c.deputyId = :lxMine", null)
                .where("c.deputyId = :d", "d", deputyId)
                .where("c.status = :s", "s", status == null ? null : status.name())
                .orderBy("c.id DESC").page(em, page, DutyMapper::dto));
    }

    @Override
    public DutyCorrection acceptCorrection(long id, String resolution, String actor) {
        String who = Check.actor(actor);
        String note = Check.optional(resolution, "resolution", Check.REASON);
        Identity me = access.caller();
        DutyPolicy.checkReader(me, "accept duty correction " + id);
        return tx.write(em -> {
            checkReview(em, me, id, "accept duty correction " + id);
            DutyCorrectionEntity c = openCorrection(em, id);
            CorrectionKind kind = CorrectionKind.valueOf(c.kind);
            DutyFacts proposed = DutyFacts.of(c.proposed);
            String reviewNote = "更正申请 #" + c.id + (note == null ? "" : ": " + note);
            DutyRecordEntity result = switch (kind) {
                case ERROR -> {
                    DutyRecordEntity r = record(em, c.recordId);
                    r.facts = proposed.columns();
                    r.reviewNote = reviewNote;
                    r.reviewedBy = who;
                    yield r;
                }
                case DUPLICATE -> {
                    DutyRecordEntity r = record(em, c.recordId);
                    r.status = DutyStatus.VOIDED.name();
                    r.reviewNote = reviewNote;
                    r.reviewedBy = who;
                    yield r;
                }
                case OMISSION -> {
                    DutyRecordEntity r = newRecord(em, em.find(DeputyEntity.class, c.deputyId), proposed,
                            DutySource.MANUAL, "correction:" + c.id, DutyStatus.APPROVED, who);
                    r.reviewNote = reviewNote;
                    r.reviewedBy = who;
                    yield r;
                }
            };
            c.status = CorrectionStatus.ACCEPTED.name();
            c.resolution = note;
            c.resolvedBy = who;
            c.resolvedAt = Clocks.nowUtc();
            c.resultRecordId = result.id;
            return DutyMapper.dto(c);
        });
    }

    @Override
    public DutyCorrection rejectCorrection(long id, String reason, String actor) {
        String who = Check.actor(actor);
        String why = Check.text(reason, "reason", Check.REASON);
        Identity me = access.caller();
        DutyPolicy.checkReader(me, "reject duty correction " + id);
        return tx.write(em -> {
            checkReview(em, me, id, "reject duty correction " + id);
            DutyCorrectionEntity c = openCorrection(em, id);
            c.status = CorrectionStatus.REJECTED.name();
            c.resolution = why;
            c.resolvedBy = who;
            c.resolvedAt = Clocks.nowUtc();
            return DutyMapper.dto(c);
        });
    }

    // --- helpers ------------------------------------------------------------------------------------

    static DutyRecordEntity newRecord(EntityManager em, DeputyEntity deputy, DutyFacts facts,
            DutySource source, String sourceRef, DutyStatus status, String who) {
        if (facts.stationId() != null) {
            station(em, facts.stationId(), "stationId");
        }
        DutyRecordEntity r = new DutyRecordEntity();
        r.deputyId = deputy.id;
        r.regionId = deputy.regionId;
        r.regionPath = deputy.regionPath;
        r.facts = facts.columns();
        r.source = source.name();
        r.sourceRef = sourceRef;
        r.status = status.name();
        r.createdBy = who;
        r.createdAt = Clocks.nowUtc();
        em.persist(r);
        em.flush();
        return r;
    }

    private static boolean openCorrectionOf(EntityManager em, long recordId) {
        return !em.createQuery("SELECT c.id FROM DutyCorrectionEntity c WHERE c.recordId = :r AND c.status = :s",
                Long.class).setParameter("r", recordId).setParameter("s", CorrectionStatus.OPEN.name())
                .setMaxResults(1).getResultList().isEmpty();
    }

    private static DeputyEntity deputy(EntityManager em, long id, String field) {
        DeputyEntity d = em.find(DeputyEntity.class, id);
        if (d == null) {
            throw new ValidationException(field, "deputy " + id + " does not exist");
        }
        return d;
    }

    private static void station(EntityManager em, long id, String field) {
        if (em.find(StationEntity.class, id) == null) {
            throw new ValidationException(field, "station " + id + " does not exist");
        }
    }

    /** The record, if the caller may read it; else "not found", as if it did not exist. */
    private static DutyRecordEntity visibleRecord(EntityManager em, Identity me, long id) {
        DutyRecordEntity r = record(em, id);
        if (!DutyPolicy.canSee(me, r.regionPath, r.deputyId)) {
            throw new NotFoundException("duty record", id);
        }
        return r;
    }

    /** The correction, if the caller may read it (by its deputy's region); else "not found". */
    private static DutyCorrectionEntity visibleCorrection(EntityManager em, Identity me, long id) {
        DutyCorrectionEntity c = correction(em, id);
        if (!DutyPolicy.canSee(me, deputyPath(em, c.deputyId), c.deputyId)) {
            throw new NotFoundException("duty correction", id);
        }
        return c;
    }

    private static void checkReview(EntityManager em, Identity me, long correctionId, String what) {
        DutyCorrectionEntity c = visibleCorrection(em, me, correctionId);
        DutyPolicy.checkReview(me, deputyPath(em, c.deputyId), what);
    }

    private static String deputyPath(EntityManager em, long deputyId) {
        DeputyEntity d = em.find(DeputyEntity.class, deputyId);
        return d == null ? null : d.regionPath;
    }

    private static DutyRecordEntity record(EntityManager em, long id) {
        DutyRecordEntity r = em.find(DutyRecordEntity.class, id);
        if (r == null) {
            throw new NotFoundException("duty record", id);
        }
        return r;
    }

    private static DutyCorrectionEntity correction(EntityManager em, long id) {
        DutyCorrectionEntity c = em.find(DutyCorrectionEntity.class, id);
        if (c == null) {
            throw new NotFoundException("duty correction", id);
        }
        return c;
    }

    private static DutyCorrectionEntity openCorrection(EntityManager em, long id) {
        DutyCorrectionEntity c = correction(em, id);
        if (!CorrectionStatus.OPEN.name().equals(c.status)) {
            throw new ConflictException("correction " + id + " is already " + c.status);
        }
        return c;
    }
}
