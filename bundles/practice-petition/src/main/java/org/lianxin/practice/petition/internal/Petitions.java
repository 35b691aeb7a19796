package org.lianxin.practice.petition.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.lianxin.api.DeputyService;
import org.lianxin.api.NotFoundException;
import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.practice.petition.internal.jpa.PetitionEntity;
import org.lianxin.practice.petition.internal.jpa.PetitionStepEntity;
import org.lianxin.practice.petition.internal.model.ConsentInput;
import org.lianxin.practice.petition.internal.model.Petition;
import org.lianxin.practice.petition.internal.model.PetitionAction;
import org.lianxin.practice.petition.internal.model.PetitionInput;
import org.lianxin.practice.petition.internal.model.PetitionQuery;
import org.lianxin.practice.petition.internal.model.PetitionStatus;
import org.lianxin.practice.petition.internal.model.PetitionerInput;
import org.lianxin.practice.petition.internal.model.RiskInput;
import org.lianxin.practice.petition.internal.model.RiskLevel;
import org.lianxin.practice.petition.internal.model.RiskSign;
import org.lianxin.practice.petition.internal.model.StepKind;
import org.lianxin.practice.support.PracticeScope;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.lianxin.practice.support.Texts;

/** Petitions taken on by proxy deputies: registration with consent and privacy class, reading, the risk. */
@Component(service = Petitions.class)
public class Petitions {
    private final PetitionTx tx;
    private final Scope scope;
    private final DeputyService deputies;

    @Activate
    public Petitions(@Reference PetitionTx tx, @Reference Scope scope, @Reference DeputyService deputies) {
        this.tx = tx;
        this.scope = scope;
        this.deputies = deputies;
    }

    public Petition register(PetitionInput in, String actor) {
        Checked c = check(in);
        String path = scope.requireActive(c.regionId);
        try {
            // outside the transaction: a deputy loaded inside a joint one that goes on to core calls broke its flush
            deputies.get(c.deputyId);
        } catch (NotFoundException e) {
            throw new ValidationException("deputyId", "deputy " + c.deputyId + " does not exist");
        }
        return tx.write(em -> {
            PetitionEntity p = new PetitionEntity();
            p.regionId = c.regionId;
            p.regionPath = path;
            p.deputyId = c.deputyId;
            p.receivedOn = c.receivedOn;
            p.petitionerName = c.name;
            p.petitionerIdNo = c.idNumber;
            p.petitionerPhone = c.phone;
            p.petitionerAddress = c.address;
            p.privacy = in.privacy().name();
            p.consentMethod = in.consent().method().name();
            p.consentOn = c.consentOn;
            p.subject = c.subject;
            p.content = c.content;
            p.category = in.category().name();
            applyRisk(p, c.risk);
            p.status = PetitionStatus.REGISTERED.name();
            p.createdBy = actor;
            p.createdAt = LocalDateTime.now(ZoneOffset.UTC);
            em.persist(p);
            em.flush();
            return PetitionMapper.petition(p, List.of(), Viewer.current());
        });
    }

    /** Petitions are nobody's business but the office's, the proxy's and the petitioner's: never the public's. */
    public Petition get(long id, Viewer viewer) {
        PracticeScope.signedIn("reading a petition");
        return tx.read(em -> PetitionMapper.petition(find(em, id), visitDuties(em, List.of(id)).getOrDefault(id,
                List.of()), viewer));
    }

    /** Petitions in the region's subtree (or every region where the practice is active), newest first. */
    public Page<Petition> list(PetitionQuery q, PageRequest page, Viewer viewer) {
        PracticeScope.signedIn("reading petitions");
        List<String> paths = scope.listPaths(q.regionId());
        if (paths.isEmpty()) {
            return new Page<>(List.of(), 0, page.offset(), page.limit());
        }
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>();
        List<String> scopes = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            scopes.add("p.regionPath LIKE :path" + i);
            params.put("path" + i, paths.get(i) + "%");
        }
        where.add("(" + String.join(" OR ", scopes) + ")");
        if (q.deputyId() != null) {
            where.add("p.deputyId = :deputy");
            params.put("deputy", q.deputyId());
        }
        if (q.status() != null) {
            where.add("p.status = :status");
            params.put("status", q.status().name());
        }
        if (q.risk() != null) {
            where.add("p.riskLevel = :risk");
            params.put("risk", q.risk().name());
        }
        if (q.suggestionId() != null) {
            where.add("p.suggestionId = :suggestion");
            params.put("suggestion", q.suggestionId());
        }
        if (q.open() != null) {
            List<String> open = Arrays.stream(PetitionStatus.values()).filter(PetitionStatus::open)
                    .map(Enum::name).toList();
            where.add(q.open() ? "p.status IN :open" : "p.status NOT IN :open");
            params.put("open", open);
        }
        String jpql = " FROM PetitionEntity p WHERE " + String.join(" AND ", where);
        return tx.read(em -> {
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(p)" + jpql, Long.class);
            TypedQuery<PetitionEntity> rows = em.createQuery("SELECT p" + jpql
                    + " ORDER BY p.receivedOn DESC, p.id DESC", PetitionEntity.class);
            params.forEach((k, v) -> {
                count.setParameter(k, v);
                rows.setParameter(k, v);
            });
            List<PetitionEntity> found = rows.setFirstResult(page.offset()).setMaxResults(page.limit())
                    .getResultList();
            Map<Long, List<Long>> duties = visitDuties(em, found.stream().map(p -> p.id).toList());
            List<Petition> items = found.stream()
                    .map(p -> PetitionMapper.petition(p, duties.getOrDefault(p.id, List.of()), viewer)).toList();
            return new Page<>(items, count.getSingleResult(), page.offset(), page.limit());
        });
    }

    /** A new judgement of the risk, noted early or raised later; it is kept as a step of the petition. */
    public Petition risk(long id, RiskInput in, String actor) {
        CheckedRisk risk = checkRisk(in, LocalDate.now(), "");
        return tx.write(em -> {
            PetitionEntity p = find(em, id);
            scope.requireActive(p.regionId);
            PetitionFlow.next(id, PetitionStatus.valueOf(p.status), PetitionAction.RISK);
            if (risk.notedOn.isBefore(p.receivedOn)) {
                throw new ValidationException("notedOn", "is before the petition was received (" + p.receivedOn + ")");
            }
            RiskLevel before = RiskLevel.valueOf(p.riskLevel);
            applyRisk(p, risk);
            PetitionStepEntity s = new PetitionStepEntity();
            s.petitionId = id;
            s.takenOn = risk.notedOn;
            s.kind = StepKind.RISK_NOTED.name();
            s.note = "风险等级 " + before.zh() + " → " + risk.level.zh()
                    + (risk.signs.isEmpty() ? "" : "；" + risk.signs.stream().map(RiskSign::zh)
                            .collect(Collectors.joining("、")))
                    + (risk.note == null ? "" : "；" + risk.note);
            s.actor = actor;
            s.createdAt = LocalDateTime.now(ZoneOffset.UTC);
            em.persist(s);
            return PetitionMapper.petition(p, visitDuties(em, List.of(id)).getOrDefault(id, List.of()),
                    Viewer.current());
        });
    }

    PetitionEntity find(EntityManager em, long id) {
        return scope.visible(em.find(PetitionEntity.class, id), p -> p.regionId, "petition", id);
    }

    /** The duty records the visits of these petitions gave their proxy deputies, in one query. */
    static Map<Long, List<Long>> visitDuties(EntityManager em, List<Long> petitionIds) {
        Map<Long, List<Long>> out = new HashMap<>();
        if (petitionIds.isEmpty()) {
            return out;
        }
        for (Object[] row : em.createQuery("SELECT s.petitionId, s.dutyRecordId FROM PetitionStepEntity s"
                + " WHERE s.petitionId IN :ids AND s.dutyRecordId IS NOT NULL ORDER BY s.id", Object[].class)
                .setParameter("ids", petitionIds).getResultList()) {
            out.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((Long) row[1]);
        }
        return out;
    }

    private static void applyRisk(PetitionEntity p, CheckedRisk risk) {
        p.riskLevel = risk.level.name();
        p.riskSigns = risk.signs.stream().map(Enum::name).collect(Collectors.joining(","));
        p.riskNote = risk.note;
        p.riskNotedOn = risk.level == RiskLevel.NONE && risk.signs.isEmpty() && risk.note == null ? null
                : risk.notedOn;
    }

    // --- input checks, all before any transaction --------------------------------------------------------

    record Checked(long regionId, long deputyId, LocalDate receivedOn, String name, String idNumber, String phone,
            String address, LocalDate consentOn, String subject, String content, CheckedRisk risk) {}

    record CheckedRisk(RiskLevel level, List<RiskSign> signs, String note, LocalDate notedOn) {}

    /** Every check of a registration that needs no database, so that bad input is a 400 and nothing is written. */
    static Checked check(PetitionInput in) {
        long regionId = Texts.present(in.regionId(), "regionId");
        long deputyId = Texts.present(in.deputyId(), "deputyId");
        LocalDate receivedOn = in.receivedOn() == null ? LocalDate.now() : in.receivedOn();
        if (receivedOn.isAfter(LocalDate.now())) {
            throw new ValidationException("receivedOn", "is in the future");
        }
        PetitionerInput who = Texts.present(in.petitioner(), "petitioner");
        String name = Texts.required(who.name(), "petitioner.name", Texts.NAME);
        String idNumber = Texts.idNumber(who.idNumber(), "petitioner.idNumber");
        String phone = Texts.phone(who.phone(), "petitioner.phone");
        String address = Texts.optional(who.address(), "petitioner.address", Texts.SHORT);
        ConsentInput consent = in.consent();
        if (consent == null || !Boolean.TRUE.equals(consent.given())) {
            throw new ValidationException("consent", "the petitioner's consent is required before a deputy takes"
                    + " the petition on as proxy (consent.given = true, with its method WRITTEN or ORAL)");
        }
        Texts.present(consent.method(), "consent.method");
        LocalDate consentOn = consent.givenOn() == null ? receivedOn : consent.givenOn();
        if (consentOn.isAfter(LocalDate.now())) {
            throw new ValidationException("consent.givenOn", "is in the future");
        }
        Texts.present(in.privacy(), "privacy");
        String subject = Texts.required(in.subject(), "subject", Texts.SHORT);
        String content = Texts.required(in.content(), "content", Texts.LONG);
        Texts.present(in.category(), "category");
        CheckedRisk risk = in.risk() == null ? new CheckedRisk(RiskLevel.NONE, List.of(), null, receivedOn)
                : checkRisk(in.risk(), receivedOn, "risk.");
        if (risk.notedOn.isBefore(receivedOn)) {
            throw new ValidationException("risk.notedOn", "is before the petition was received (" + receivedOn + ")");
        }
        return new Checked(regionId, deputyId, receivedOn, name, idNumber, phone, address, consentOn, subject,
                content, risk);
    }

    /** {@code prefix} names the fields as the caller sent them: "risk." inside a registration, "" on its own. */
    static CheckedRisk checkRisk(RiskInput in, LocalDate defaultDate, String prefix) {
        Texts.present(in, prefix.isEmpty() ? "body" : "risk");
        RiskLevel level = Texts.present(in.level(), prefix + "level");
        if (in.signs() != null && in.signs().stream().anyMatch(Objects::isNull)) {
            throw new ValidationException(prefix + "signs", "holds an empty value");
        }
        List<RiskSign> signs = in.signs() == null ? List.of() : List.copyOf(new LinkedHashSet<>(in.signs()));
        if (level == RiskLevel.NONE && !signs.isEmpty()) {
            throw new ValidationException(prefix + "level", "is NONE but signs of risk are given");
        }
        String note = Texts.optional(in.note(), prefix + "note", 1000);
        LocalDate notedOn = in.notedOn() == null ? defaultDate : in.notedOn();
        if (notedOn.isAfter(LocalDate.now())) {
            throw new ValidationException(prefix + "notedOn", "is in the future");
        }
        return new CheckedRisk(level, signs, note, notedOn);
    }
}
