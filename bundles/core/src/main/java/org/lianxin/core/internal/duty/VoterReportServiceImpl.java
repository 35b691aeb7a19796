package org.lianxin.core.internal.duty;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.lianxin.api.ConflictException;
import org.lianxin.api.HandlingClock;
import org.lianxin.api.NotFoundException;
import org.lianxin.api.ValidationException;
import org.lianxin.api.VoterReportService;
import org.lianxin.api.dto.Deputy;
import org.lianxin.api.dto.DeputyStatus;
import org.lianxin.api.dto.DutyDetails;
import org.lianxin.api.dto.DutyKind;
import org.lianxin.api.dto.HeldReport;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.api.dto.ReportForm;
import org.lianxin.api.dto.ReportStatus;
import org.lianxin.api.dto.VoterRatings;
import org.lianxin.api.dto.VoterReport;
import org.lianxin.api.dto.VoterReportInput;
import org.lianxin.api.security.Identity;
import org.lianxin.core.internal.directory.DeputyServiceImpl;
import org.lianxin.core.internal.directory.Regions;
import org.lianxin.core.internal.jpa.DeputyEntity;
import org.lianxin.core.internal.jpa.DutyRecordEntity;
import org.lianxin.core.internal.jpa.StationEntity;
import org.lianxin.core.internal.jpa.VoterReportEntity;
import org.lianxin.core.internal.security.Access;
import org.lianxin.core.internal.tx.Tx;
import org.lianxin.core.internal.util.Check;
import org.lianxin.core.internal.util.Clocks;
import org.lianxin.core.internal.util.Jpql;
import org.lianxin.core.internal.util.Pages;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Reports to voters (述职); who may do what is {@link DutyPolicy}'s: the deputy, or staff of the deputy's region,
 * schedules, holds and cancels a report; group leaders, staff and administrators of the region add the voters'
 * ratings; office roles and group leaders read the reports of their region and who is due, a deputy their own.
 */
@Component(service = VoterReportService.class)
public class VoterReportServiceImpl implements VoterReportService {
    /** Voters at one report: a constituency is a few thousand people at most. */
    static final int MAX_VOTERS = 100_000;

    private final Tx tx;
    private final HandlingClock clock;
    private final Access access;

    @Activate
    public VoterReportServiceImpl(@Reference Tx tx, @Reference HandlingClock clock, @Reference Access access) {
        this.tx = tx;
        this.clock = clock;
        this.access = access;
    }

    @Override
    public VoterReport schedule(VoterReportInput in, String actor) {
        Check.required(in, "report");
        String who = Check.actor(actor);
        ReportForm form = Check.required(in.form(), "form");
        LocalDate on = Check.required(in.scheduledOn(), "scheduledOn");
        String place = Check.optional(in.place(), "place", DutyFacts.PLACE);
        Identity me = access.caller();
        DutyPolicy.checkEnterer(me, "schedule a report to voters");
        return tx.write(em -> {
            DeputyEntity d = em.find(DeputyEntity.class, in.deputyId());
            if (d == null) {
                throw new ValidationException("deputyId", "deputy " + in.deputyId() + " does not exist");
            }
            DutyPolicy.checkEnter(me, d.id, d.regionPath, "schedule a report to voters of deputy " + d.id);
            if (!d.directlyElected) {
                throw new ConflictException("deputy " + d.id + " (" + d.name + ") is not directly elected:"
                        + " only directly elected deputies report to a constituency");
            }
            if (!DeputyStatus.ACTIVE.name().equals(d.status)) {
                throw new ConflictException("deputy " + d.id + " (" + d.name + ") is " + d.status + ", not ACTIVE");
            }
            String term = d.term == null || d.term.isBlank() ? "-" : d.term;
            List<Long> open = em.createQuery("SELECT r.id FROM VoterReportEntity r WHERE r.deputyId = :d"
                    + " AND r.term = :t AND r.status <> :c", Long.class).setParameter("d", d.id).setParameter("t", term)
                    .setParameter("c", ReportStatus.CANCELLED.name()).getResultList();
            if (!open.isEmpty()) {
                throw new ConflictException("deputy " + d.id + " already has report " + open.get(0) + " in term " + term
                        + " (once per term); cancel it to schedule another");
            }
            if (in.stationId() != null && em.find(StationEntity.class, in.stationId()) == null) {
                throw new ValidationException("stationId", "station " + in.stationId() + " does not exist");
            }
            VoterReportEntity r = new VoterReportEntity();
            r.deputyId = d.id;
            r.regionId = d.regionId;
            r.regionPath = d.regionPath;
            r.term = term;
            r.form = form.name();
            r.status = ReportStatus.SCHEDULED.name();
            r.scheduledOn = on;
            r.place = place;
            r.stationId = in.stationId();
            r.createdBy = who;
            r.createdAt = Clocks.nowUtc();
            em.persist(r);
            em.flush();
            return VoterReportMapper.dto(r, d.name);
        });
    }

    @Override
    public VoterReport hold(long id, HeldReport held, String actor) {
        Check.required(held, "held");
        String who = Check.actor(actor);
        LocalDate on = Check.required(held.heldOn(), "heldOn");
        if (on.isAfter(clock.today())) {
            throw new ValidationException("heldOn", "is in the future (" + on + ")");
        }
        if (held.votersPresent() < 0 || held.votersPresent() > MAX_VOTERS) {
            throw new ValidationException("votersPresent", "must be between 0 and " + MAX_VOTERS);
        }
        String summary = Check.optional(held.summary(), "summary", Check.TEXT);
        Identity me = access.caller();
        return tx.write(em -> {
            VoterReportEntity r = visible(em, me, id, "hold voter report " + id);
            DutyPolicy.checkEnter(me, r.deputyId, r.regionPath, "hold voter report " + id);
            expect(r, ReportStatus.SCHEDULED, "held");
            ReportForm form = held.form() == null ? ReportForm.valueOf(r.form) : held.form();
            r.status = ReportStatus.HELD.name();
            r.heldOn = on;
            r.form = form.name();
            r.votersPresent = held.votersPresent();
            r.summary = summary;
            DeputyEntity d = em.find(DeputyEntity.class, r.deputyId);
            DutyFacts facts = DutyFacts.of(new DutyDetails(DutyKind.REPORT_TO_VOTERS, on, r.place, r.stationId,
                    held.votersPresent() + " 名选民", form.zh() + (summary == null ? "" : "：" + summary)), "", clock.today());
            DutyRecordEntity record = AutoDuties.once(em, d, facts, form.name(), "report:" + r.id, who);
            r.dutyRecordId = record.id;
            return VoterReportMapper.dto(r, d.name);
        });
    }

    @Override
    public VoterReport rate(long id, VoterRatings ratings, String actor) {
        Check.required(ratings, "ratings");
        Check.actor(actor);
        if (ratings.satisfied() < 0 || ratings.basicallySatisfied() < 0 || ratings.unsatisfied() < 0) {
            throw new ValidationException("ratings", "counts must not be negative");
        }
        if ((long) ratings.satisfied() + ratings.basicallySatisfied() + ratings.unsatisfied() == 0) {
            throw new ValidationException("ratings", "at least one rating is required");
        }
        Identity me = access.caller();
        return tx.write(em -> {
            VoterReportEntity r = visible(em, me, id, "rate voter report " + id);
            DutyPolicy.checkReview(me, r.regionPath, "add voters' ratings to report " + id);
            expect(r, ReportStatus.HELD, "rated");
            long total = (long) r.satisfied + r.basicallySatisfied + r.unsatisfied + ratings.satisfied()
                    + ratings.basicallySatisfied() + ratings.unsatisfied();
            if (total > MAX_VOTERS) {
                throw new ValidationException("ratings", "more than " + MAX_VOTERS + " ratings for one report");
            }
            r.satisfied += ratings.satisfied();
            r.basicallySatisfied += ratings.basicallySatisfied();
            r.unsatisfied += ratings.unsatisfied();
            return VoterReportMapper.dto(r, name(em, r.deputyId));
        });
    }

    @Override
    public VoterReport cancel(long id, String reason, String actor) {
        String why = Check.text(reason, "reason", Check.REASON);
        Check.actor(actor);
        Identity me = access.caller();
        return tx.write(em -> {
            VoterReportEntity r = visible(em, me, id, "cancel voter report " + id);
            DutyPolicy.checkEnter(me, r.deputyId, r.regionPath, "cancel voter report " + id);
            expect(r, ReportStatus.SCHEDULED, "cancelled");
            r.status = ReportStatus.CANCELLED.name();
            r.cancelReason = why;
            return VoterReportMapper.dto(r, name(em, r.deputyId));
        });
    }

    @Override
    public VoterReport get(long id) {
        Identity me = access.caller();
        return tx.read(em -> {
            VoterReportEntity r = visible(em, me, id, "read voter report " + id);
            return VoterReportMapper.dto(r, name(em, r.deputyId));
        });
    }

    @Override
    public Page<VoterReport> list(Long regionId, Long deputyId, ReportStatus status, PageRequest page) {
        Identity me = access.caller();
        DutyPolicy.checkReader(me, "list reports to voters");
        if (regionId != null && DutyPolicy.readsByRegion(me)) {
            access.requireScope(me, regionId, "list the reports to voters of region " + regionId);
        }
        return tx.read(em -> {
            Page<VoterReportEntity> rows = DutyPolicy.readScope(me).restrict(Jpql.from(VoterReportEntity.class, "r"),
                    "r.regionPath LIKE :lxScope", "r.deputyId = :lxMine", null)
                    .where("r.regionPath LIKE :p", "p", regionId == null ? null
                            : Regions.subtreePattern(Regions.find(em, regionId)))
                    .where("r.deputyId = :d", "d", deputyId)
                    .where("r.status = :s", "s", status == null ? null : status.name())
                    .orderBy("r.scheduledOn DESC, r.id DESC").page(em, page, r -> r);
            // the deputies' names of the page in one query
            Map<Long, String> names = new HashMap<>();
            List<Long> ids = rows.items().stream().map(r -> r.deputyId).distinct().toList();
            if (!ids.isEmpty()) {
                em.createQuery("SELECT d.id, d.name FROM DeputyEntity d WHERE d.id IN :ids", Object[].class)
                        .setParameter("ids", ids).getResultList().forEach(o -> names.put((Long) o[0], (String) o[1]));
            }
            return new Page<>(rows.items().stream().map(r -> VoterReportMapper.dto(r, names.get(r.deputyId))).toList(),
                    rows.total(), rows.offset(), rows.limit());
        });
    }

    @Override
    public Page<Deputy> due(long regionId, PageRequest page) {
        Identity me = access.caller();
        DutyPolicy.checkRegionReader(me, "list the deputies due to report in region " + regionId);
        access.requireScope(me, regionId, "list the deputies due to report in region " + regionId);
        return tx.read(em -> {
            // directlyElected is filtered here, not in JPQL: EclipseLink binds booleans as integers on Derby
            List<DeputyEntity> due = em.createQuery("SELECT d FROM DeputyEntity d WHERE d.regionPath LIKE :p"
                    + " AND d.status = :active AND NOT EXISTS (SELECT r.id FROM VoterReportEntity r"
                    + " WHERE r.deputyId = d.id AND r.term = d.term AND r.status <> :cancelled) ORDER BY d.id",
                    DeputyEntity.class).setParameter("p", Regions.subtreePattern(Regions.find(em, regionId)))
                    .setParameter("active", DeputyStatus.ACTIVE.name())
                    .setParameter("cancelled", ReportStatus.CANCELLED.name()).getResultList().stream()
                    .filter(d -> d.directlyElected).toList();
            return Pages.slice(due, page, d -> DeputyServiceImpl.dto(d, me));
        });
    }

    /** The report, if the caller may read it; else "not found", as if it did not exist. */
    private static VoterReportEntity visible(EntityManager em, Identity me, long id, String what) {
        DutyPolicy.checkReader(me, what);
        VoterReportEntity r = find(em, id);
        if (!DutyPolicy.canSee(me, r.regionPath, r.deputyId)) {
            throw new NotFoundException("voter report", id);
        }
        return r;
    }

    private static VoterReportEntity find(EntityManager em, long id) {
        VoterReportEntity r = em.find(VoterReportEntity.class, id);
        if (r == null) {
            throw new NotFoundException("voter report", id);
        }
        return r;
    }

    private static void expect(VoterReportEntity r, ReportStatus status, String verb) {
        if (!status.name().equals(r.status)) {
            throw new ConflictException("voter report " + r.id + " is " + r.status + "; only a " + status
                    + " report can be " + verb);
        }
    }

    private static String name(EntityManager em, long deputyId) {
        DeputyEntity d = em.find(DeputyEntity.class, deputyId);
        return d == null ? null : d.name;
    }
}
