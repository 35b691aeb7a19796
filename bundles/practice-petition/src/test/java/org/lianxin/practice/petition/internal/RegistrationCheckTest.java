package org.lianxin.practice.petition.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.Test;
import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.Category;
import org.lianxin.practice.petition.internal.model.ConsentInput;
import org.lianxin.practice.petition.internal.model.ConsentMethod;
import org.lianxin.practice.petition.internal.model.PetitionInput;
import org.lianxin.practice.petition.internal.model.PetitionerInput;
import org.lianxin.practice.petition.internal.model.PrivacyClass;
import org.lianxin.practice.petition.internal.model.RiskInput;
import org.lianxin.practice.petition.internal.model.RiskLevel;
import org.lianxin.practice.petition.internal.model.RiskSign;

public class RegistrationCheckTest {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);
    private static final PetitionerInput WHO = new PetitionerInput(" 李明华 ", "34060319680312151x", "139 0561 1234",
            "朱庄社区5栋");
    private static final ConsentInput YES = new ConsentInput(true, ConsentMethod.WRITTEN, null);

    private static PetitionInput input(PetitionerInput who, ConsentInput consent, RiskInput risk) {
        return new PetitionInput(6L, 1L, DAY, who, consent, PrivacyClass.RESTRICTED, "渗水", "房屋外墙渗水",
                Category.SOCIAL_GOVERNANCE, risk);
    }

    @Test
    public void aGoodRegistrationIsTidied() {
        Petitions.Checked c = Petitions.check(input(WHO, YES, null));
        assertEquals("李明华", c.name());
        assertEquals("34060319680312151X", c.idNumber());
        assertEquals(DAY, c.consentOn());
        assertEquals(RiskLevel.NONE, c.risk().level());
    }

    @Test
    public void consentIsRequired() {
        for (ConsentInput consent : Arrays.asList(null, new ConsentInput(false, ConsentMethod.ORAL, null),
                new ConsentInput(null, ConsentMethod.ORAL, null))) {
            refused("consent", input(WHO, consent, null));
        }
        refused("consent.method", input(WHO, new ConsentInput(true, null, null), null));
        refused("consent.givenOn", input(WHO, new ConsentInput(true, ConsentMethod.ORAL, LocalDate.now().plusDays(1)),
                null));
    }

    @Test
    public void theIdNumberIs18DigitsWithAnOptionalFinalX() {
        for (String bad : List.of("3406031968031215", "3406031968031215161", "X40603196803121516", "3406031968031215AB")) {
            refused("petitioner.idNumber", input(with(w -> new PetitionerInput(w.name(), bad, w.phone(), w.address())),
                    YES, null));
        }
        assertEquals(null, Petitions.check(input(new PetitionerInput("李明华", " ", null, null), YES, null)).idNumber());
    }

    @Test
    public void otherBadInput() {
        refused("petitioner.name", input(new PetitionerInput(" ", null, null, null), YES, null));
        refused("petitioner", input(null, YES, null));
        refused("petitioner.phone", input(with(w -> new PetitionerInput(w.name(), null, "call me", null)), YES, null));
        refused("risk.level", input(WHO, YES, new RiskInput(null, null, null, null)));
        refused("risk.level", input(WHO, YES, new RiskInput(RiskLevel.NONE, List.of(RiskSign.OTHER), null, null)));
        refused("risk.notedOn", input(WHO, YES, new RiskInput(RiskLevel.HIGH, null, null, DAY.minusDays(1))));
        refused("privacy", new PetitionInput(6L, 1L, DAY, WHO, YES, null, "s", "c", Category.OTHER, null));
        refused("regionId", new PetitionInput(null, 1L, DAY, WHO, YES, PrivacyClass.PUBLIC, "s", "c", Category.OTHER,
                null));
        refused("receivedOn", new PetitionInput(6L, 1L, LocalDate.now().plusDays(2), WHO, YES, PrivacyClass.PUBLIC, "s",
                "c", Category.OTHER, null));
    }

    @Test
    public void riskSignsAreKeptOnceInOrderAndNotedOnDefaultsToTheDayReceived() {
        Petitions.Checked c = Petitions.check(input(WHO, YES, new RiskInput(RiskLevel.HIGH,
                List.of(RiskSign.GROUP_PETITION, RiskSign.REPEATED_VISITS, RiskSign.GROUP_PETITION), " 情绪激动 ", null)));
        assertEquals(List.of(RiskSign.GROUP_PETITION, RiskSign.REPEATED_VISITS), c.risk().signs());
        assertEquals("情绪激动", c.risk().note());
        assertEquals(DAY, c.risk().notedOn());
    }

    @Test
    public void aRiskChangeOnItsOwnNamesItsFieldsWithoutPrefix() {
        try {
            Petitions.checkRisk(new RiskInput(null, null, null, null), DAY, "");
            fail();
        } catch (ValidationException e) {
            assertEquals("level", e.field());
        }
    }

    private static PetitionerInput with(UnaryOperator<PetitionerInput> change) {
        return change.apply(WHO);
    }

    private static void refused(String field, PetitionInput in) {
        try {
            Petitions.check(in);
            fail("accepted, expected a refusal of " + field);
        } catch (ValidationException e) {
            assertEquals(e.getMessage(), field, e.field());
        }
    }
}
