package org.lianxin.core.internal.opinion;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;

import org.lianxin.api.HandlingClock;
import org.lianxin.api.NotFoundException;
import org.lianxin.api.OpinionService;
import org.lianxin.api.SuggestionService;
import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.NewSuggestion;
import org.lianxin.api.dto.Opinion;
import org.lianxin.api.dto.OpinionInput;
import org.lianxin.api.dto.OpinionSource;
import org.lianxin.api.dto.OpinionStatus;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.api.dto.Suggestion;
import org.lianxin.api.security.Identity;
import org.lianxin.core.internal.directory.Regions;
import org.lianxin.core.internal.duty.AutoDuties;
import org.lianxin.core.internal.jpa.DeputyEntity;
import org.lianxin.core.internal.jpa.OpinionEntity;
import org.lianxin.core.internal.jpa.RegionEntity;
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
 * The public's opinions and their promotion into suggestions; who may do what is {@link OpinionPolicy}'s: anyone
 * records an opinion and follows it by its receipt, office roles and group leaders read those of their region, a
 * deputy those addressed to them, and staff of the region or the deputy addressed promote or dismiss them.
 */
@Component(service = OpinionService.class)
public class OpinionServiceImpl implements OpinionService {
    /** No 0/O/1/I: receipts are read aloud and typed from phones. */
    private static final char[] RECEIPT_CHARS = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final Tx tx;
    private final SuggestionService suggestions;
    private final HandlingClock clock;
    private final Access access;
    private final SecureRandom random = new SecureRandom();

    @Activate
    public OpinionServiceImpl(@Reference Tx tx, @Reference SuggestionService suggestions,
            @Reference HandlingClock clock, @Reference Access access) {
        this.tx = tx;
        this.suggestions = suggestions;
        this.clock = clock;
        this.access = access;
    }

    @Override
    public Opinion record(OpinionInput in) {
        access.caller(); // open to everyone, the public too, but someone must be calling
        Check.required(in, "opinion");
        OpinionSource source = Check.required(in.source(), "source");
        String content = Check.text(in.content(), "content", Check.TEXT);
        String name = Check.optional(in.submitterName(), "submitterName", Check.NAME);
        String contact = Check.optional(in.submitterContact(), "submitterContact", Check.NAME);
        LocalDate today = clock.today();
        return tx.write(em -> {
            RegionEntity region = Regions.ref(em, in.regionId(), "regionId");
            StationEntity station = in.stationId() == null ? null : em.find(StationEntity.class, in.stationId());
            if (in.stationId() != null && station == null) {
                throw new ValidationException("stationId", "station " + in.stationId() + " does not exist");
            }
            if (in.deputyId() != null && em.find(DeputyEntity.class, in.deputyId()) == null) {
                throw new ValidationException("deputyId", "deputy " + in.deputyId() + " does not exist");
            }
            OpinionEntity o = new OpinionEntity();
            o.receiptNo = receipt(region.code, today);
            o.source = source.name();
            o.regionId = region.id;
            o.regionPath = region.path;
            o.stationId = in.stationId();
            o.deputyId = in.deputyId();
            o.content = content;
            o.submitterName = name;
            o.submitterContact = contact;
            o.status = OpinionStatus.NEW.name();
            o.createdAt = Clocks.nowUtc();
            em.persist(o);
            if (station != null && o.deputyId != null) {
                // an opinion a deputy took at a station is a reception day's work for the duty register
                AutoDuties.onReception(em, o.deputyId, station.id, station.name, o.receiptNo, today);
            }
            em.flush();
            return dto(o);
        });
    }

    /** Unguessable enough that a receipt shows one person's opinion only: 32^8 codes per region and day. */
    private String receipt(String regionCode, LocalDate day) {
        StringBuilder sb = new StringBuilder(regionCode).append('-').append(day.format(DAY)).append('-');
        for (int i = 0; i < 8; i++) {
            sb.append(RECEIPT_CHARS[random.nextInt(RECEIPT_CHARS.length)]);
        }
        return sb.toString();
    }

    @Override
    public Opinion get(long id) {
        Identity me = access.caller();
        OpinionPolicy.checkReader(me, "read opinion " + id);
        return tx.read(em -> dto(visible(em, me, id)));
    }

    /** Open to everyone: the receipt is the submitter's, unguessable, and shows their one opinion. */
    @Override
    public Opinion getByReceipt(String receiptNo) {
        access.caller();
        String no = Check.text(receiptNo, "receiptNo", 40).toUpperCase(java.util.Locale.ROOT);
        return tx.read(em -> em.createQuery("SELECT o FROM OpinionEntity o WHERE o.receiptNo = :n",
                OpinionEntity.class).setParameter("n", no).getResultList().stream().findFirst()
                .map(OpinionServiceImpl::dto).orElseThrow(() -> new NotFoundException("opinion receipt", no)));
    }

    @Override
    public Page<Opinion> list(Long regionId, Long stationId, Long deputyId, OpinionStatus status, PageRequest page) {
        Identity me = access.caller();
        OpinionPolicy.checkReader(me, "list opinions");
        if (regionId != null && OpinionPolicy.readsByRegion(me)) {
            access.requireScope(me, regionId, "list the opinions of region " + regionId);
        }
        return tx.read(em -> OpinionPolicy.readScope(me).restrict(Jpql.from(OpinionEntity.class, "o"),
                "o.regionPath LIKE :lxScope", "o.deputyId = :lxMine", null)
                .where("o.regionPath LIKE :p", "p", regionId == null ? null
                        : Regions.subtreePattern(Regions.find(em, regionId)))
                .where("o.stationId = :s", "s", stationId)
                .where("o.deputyId = :d", "d", deputyId)
                .where("o.status = :st", "st", status == null ? null : status.name())
                .orderBy("o.id DESC").page(em, page, OpinionServiceImpl::dto));
    }

    @Override
    public Suggestion promote(long opinionId, NewSuggestion suggestion, String actor) {
        Check.required(suggestion, "suggestion");
        Identity me = access.caller();
        OpinionPolicy.checkReader(me, "promote opinion " + opinionId);
        // registration checks again, in its own transaction, that every opinion is still NEW, and links them
        Opinion o = tx.read(em -> {
            OpinionEntity e = visible(em, me, opinionId);
            OpinionPolicy.checkHandle(me, e.regionPath, e.deputyId, "promote opinion " + opinionId);
            for (Long other : suggestion.opinionIds()) {
                if (other != null && other != opinionId) {
                    OpinionEntity merged = visible(em, me, other);
                    OpinionPolicy.checkHandle(me, merged.regionPath, merged.deputyId, "promote opinion " + other);
                }
            }
            return dto(e);
        });
        if (o.status() != OpinionStatus.NEW) {
            throw new ValidationException("opinionId", "opinion " + opinionId + " is " + o.status() + ", not NEW");
        }
        List<Long> ids = new ArrayList<>();
        ids.add(opinionId);
        ids.addAll(suggestion.opinionIds());
        List<Long> deputies = suggestion.deputyIds().isEmpty() && o.deputyId() != null ? List.of(o.deputyId())
                : suggestion.deputyIds();
        return suggestions.register(new NewSuggestion(suggestion.kind(), suggestion.regionId(), suggestion.category(),
                suggestion.title(), suggestion.content() == null ? o.content() : suggestion.content(), deputies,
                suggestion.stationId() == null ? o.stationId() : suggestion.stationId(), ids), actor);
    }

    @Override
    public Opinion dismiss(long opinionId, String reason, String actor) {
        String why = Check.text(reason, "reason", Check.REASON);
        Identity me = access.caller();
        OpinionPolicy.checkReader(me, "dismiss opinion " + opinionId);
        return tx.write(em -> {
            OpinionEntity o = visible(em, me, opinionId);
            OpinionPolicy.checkHandle(me, o.regionPath, o.deputyId, "dismiss opinion " + opinionId);
            if (!OpinionStatus.NEW.name().equals(o.status)) {
                throw new ValidationException("opinionId", "opinion " + opinionId + " is " + o.status + ", not NEW");
            }
            o.status = OpinionStatus.DISMISSED.name();
            o.dismissReason = why;
            return dto(o);
        });
    }

    /** The opinion, if the caller may read it; else "not found", as if it did not exist. */
    private static OpinionEntity visible(EntityManager em, Identity me, long id) {
        OpinionEntity o = find(em, id);
        if (!OpinionPolicy.canSee(me, o.regionPath, o.deputyId)) {
            throw new NotFoundException("opinion", id);
        }
        return o;
    }

    private static OpinionEntity find(EntityManager em, long id) {
        OpinionEntity o = em.find(OpinionEntity.class, id);
        if (o == null) {
            throw new NotFoundException("opinion", id);
        }
        return o;
    }

    static Opinion dto(OpinionEntity o) {
        return new Opinion(o.id, o.receiptNo, OpinionSource.valueOf(o.source), o.regionId, o.stationId, o.deputyId,
                o.content, o.submitterName, o.submitterContact, OpinionStatus.valueOf(o.status), o.suggestionId,
                Clocks.instant(o.createdAt));
    }
}
