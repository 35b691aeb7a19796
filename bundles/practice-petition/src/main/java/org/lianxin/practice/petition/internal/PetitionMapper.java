package org.lianxin.practice.petition.internal;

import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.lianxin.api.dto.Category;
import org.lianxin.practice.petition.internal.jpa.PetitionEntity;
import org.lianxin.practice.petition.internal.jpa.PetitionStepEntity;
import org.lianxin.practice.petition.internal.model.Consent;
import org.lianxin.practice.petition.internal.model.ConsentMethod;
import org.lianxin.practice.petition.internal.model.FollowUp;
import org.lianxin.practice.petition.internal.model.Petition;
import org.lianxin.practice.petition.internal.model.PetitionStatus;
import org.lianxin.practice.petition.internal.model.PrivacyClass;
import org.lianxin.practice.petition.internal.model.Risk;
import org.lianxin.practice.petition.internal.model.RiskLevel;
import org.lianxin.practice.petition.internal.model.RiskSign;
import org.lianxin.practice.petition.internal.model.Step;
import org.lianxin.practice.petition.internal.model.StepKind;

/** Entities to the records the API and console show; the petitioner always goes through {@link PrivacyPolicy}. */
final class PetitionMapper {
    private PetitionMapper() {
    }

    static Petition petition(PetitionEntity p, List<Long> visitDutyRecordIds, Viewer viewer) {
        PrivacyClass privacy = PrivacyClass.valueOf(p.privacy);
        PetitionStatus status = PetitionStatus.valueOf(p.status);
        ConsentMethod consent = ConsentMethod.valueOf(p.consentMethod);
        return new Petition(p.id, p.regionId, p.deputyId, p.receivedOn,
                PrivacyPolicy.petitioner(p.petitionerName, p.petitionerIdNo, p.petitionerPhone, p.petitionerAddress,
                        privacy, p.deputyId, viewer),
                new Consent(true, consent, consent.zh(), p.consentOn), privacy, p.subject, p.content,
                Category.valueOf(p.category), risk(p), status, status.zh(),
                p.conclusion == null ? null : PetitionStatus.valueOf(p.conclusion), p.outcome, p.concludedOn,
                p.followUpOn == null ? null : new FollowUp(p.followUpOn, p.followUpSatisfied == 1, p.followUpNote),
                p.resolvedDutyId, visitDutyRecordIds, p.suggestionId, List.copyOf(PetitionFlow.allowed(status)),
                p.createdBy, p.createdAt.toInstant(ZoneOffset.UTC));
    }

    static Risk risk(PetitionEntity p) {
        RiskLevel level = RiskLevel.valueOf(p.riskLevel);
        List<RiskSign> signs = signs(p.riskSigns);
        return new Risk(level, level.zh(), signs, signs.stream().map(RiskSign::zh).toList(), p.riskNote,
                p.riskNotedOn);
    }

    static List<RiskSign> signs(String stored) {
        return stored == null || stored.isEmpty() ? List.of()
                : Arrays.stream(stored.split(",")).map(RiskSign::valueOf).toList();
    }

    static Step step(PetitionStepEntity s) {
        StepKind kind = StepKind.valueOf(s.kind);
        return new Step(s.id, s.petitionId, s.takenOn, kind, kind.zh(), s.note, s.actor, s.dutyRecordId);
    }
}
