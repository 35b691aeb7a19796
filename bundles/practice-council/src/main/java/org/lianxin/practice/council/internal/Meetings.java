package org.lianxin.practice.council.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.persistence.EntityManager;

import org.lianxin.api.ConflictException;
import org.lianxin.api.NotFoundException;
import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.practice.council.internal.jpa.CouncilEntity;
import org.lianxin.practice.council.internal.jpa.MeetingEntity;
import org.lianxin.practice.council.internal.model.Meeting;
import org.lianxin.practice.council.internal.model.MeetingInput;
import org.lianxin.practice.council.internal.model.MinutesInput;
import org.lianxin.practice.council.internal.model.OfficeReport;
import org.lianxin.practice.support.Texts;
import org.lianxin.practice.support.IdLists;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A council's meetings: planned with the representatives expected, held once the minutes are recorded (on the day or
 * later, never ahead of the date), with the street office's work report when it was heard.
 */
@Component(service = Meetings.class)
public class Meetings {
    private final CouncilTx tx;
    private final Scope scope;
    private final Councils councils;

    @Activate
    public Meetings(@Reference CouncilTx tx, @Reference Scope scope, @Reference Councils councils) {
        this.tx = tx;
        this.scope = scope;
        this.councils = councils;
    }

    public Meeting add(long councilId, MeetingInput in, String actor) {
        Texts.present(in, "body");
        LocalDate on = Texts.present(in.heldOn(), "heldOn");
        String topic = Texts.required(in.topic(), "topic", Texts.SHORT);
        Set<Long> present = new LinkedHashSet<>(Texts.present(in.representativeIds(), "representativeIds"));
        if (present.size() != in.representativeIds().size()) {
            throw new ValidationException("representativeIds", "names a representative more than once");
        }
        String minutes = Texts.optional(in.minutes(), "minutes", Texts.LONG);
        OfficeReport report = report(in.report());
        if ((minutes != null || report != null) && on.isAfter(LocalDate.now())) {
            throw new ValidationException(minutes != null ? "minutes" : "report", "the meeting of " + on
                    + " is ahead: minutes and the report heard are recorded once it was held");
        }
        if (report != null && minutes == null) {
            throw new ValidationException("minutes", "are required with the report heard: the minutes show the meeting"
                    + " was held");
        }
        return tx.write(em -> {
            CouncilEntity c = councils.find(em, councilId);
            scope.requireActive(c.regionId);
            if (present.isEmpty()) {
                throw new ValidationException("representativeIds", "name the representatives present");
            }
            councils.requireRepresentatives(em, c, present, on, "representativeIds");
            MeetingEntity m = new MeetingEntity();
            m.councilId = councilId;
            m.heldOn = on;
            m.kind = Texts.present(in.kind(), "kind").name();
            m.topic = topic;
            m.repIds = IdLists.store(present);
            m.minutes = minutes;
            m.minutesBy = minutes == null ? null : actor;
            m.reportTitle = report == null ? null : report.title();
            m.reportSummary = report == null ? null : report.summary();
            m.createdBy = actor;
            m.createdAt = LocalDateTime.now(ZoneOffset.UTC);
            em.persist(m);
            em.flush();
            return CouncilMapper.meeting(m);
        });
    }

    /** The minutes of a meeting held, recorded after it (once); the report heard with them if there was one. */
    public Meeting minutes(long councilId, long meetingId, MinutesInput in, String actor) {
        Texts.present(in, "body");
        String minutes = Texts.required(in.minutes(), "minutes", Texts.LONG);
        OfficeReport report = report(in.report());
        return tx.write(em -> {
            CouncilEntity c = councils.find(em, councilId);
            scope.requireActive(c.regionId);
            MeetingEntity m = find(em, councilId, meetingId);
            if (m.heldOn.isAfter(LocalDate.now())) {
                throw new ConflictException("meeting " + meetingId + " is on " + m.heldOn + ": its minutes are recorded"
                        + " once it was held");
            }
            if (m.minutes != null) {
                throw new ConflictException("the minutes of meeting " + meetingId + " were recorded by " + m.minutesBy);
            }
            m.minutes = minutes;
            m.minutesBy = actor;
            if (report != null) {
                m.reportTitle = report.title();
                m.reportSummary = report.summary();
            }
            return CouncilMapper.meeting(m);
        });
    }

    public Meeting get(long councilId, long meetingId) {
        return tx.read(em -> {
            councils.find(em, councilId);
            return CouncilMapper.meeting(find(em, councilId, meetingId));
        });
    }

    /** The council's meetings, newest first; of one year when asked. */
    public Page<Meeting> list(long councilId, Integer year, PageRequest page) {
        Integer y = year == null ? null : Councils.year(year);
        return tx.read(em -> {
            councils.find(em, councilId);
            String where = " FROM MeetingEntity m WHERE m.councilId = :c"
                    + (y == null ? "" : " AND m.heldOn >= :from AND m.heldOn <= :to");
            var count = em.createQuery("SELECT COUNT(m)" + where, Long.class).setParameter("c", councilId);
            var rows = em.createQuery("SELECT m" + where + " ORDER BY m.heldOn DESC, m.id DESC", MeetingEntity.class)
                    .setParameter("c", councilId);
            if (y != null) {
                count.setParameter("from", LocalDate.of(y, 1, 1)).setParameter("to", LocalDate.of(y, 12, 31));
                rows.setParameter("from", LocalDate.of(y, 1, 1)).setParameter("to", LocalDate.of(y, 12, 31));
            }
            List<Meeting> items = rows.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()
                    .stream().map(CouncilMapper::meeting).toList();
            return new Page<>(items, count.getSingleResult(), page.offset(), page.limit());
        });
    }

    static MeetingEntity find(EntityManager em, long councilId, long meetingId) {
        MeetingEntity m = em.find(MeetingEntity.class, meetingId);
        if (m == null || m.councilId != councilId) {
            throw new NotFoundException("meeting of council " + councilId, meetingId);
        }
        return m;
    }

    private static OfficeReport report(OfficeReport in) {
        if (in == null || (in.title() == null && in.summary() == null)) {
            return null;
        }
        return new OfficeReport(Texts.required(in.title(), "report.title", Texts.SHORT),
                Texts.required(in.summary(), "report.summary", Texts.LONG));
    }
}
