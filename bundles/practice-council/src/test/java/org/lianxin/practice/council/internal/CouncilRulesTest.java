package org.lianxin.practice.council.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.Test;
import org.lianxin.api.StateConflictException;
import org.lianxin.api.dto.Deputy;
import org.lianxin.api.dto.DeputyLevel;
import org.lianxin.api.dto.DeputySeat;
import org.lianxin.api.dto.DeputyStatus;
import org.lianxin.practice.council.internal.jpa.CouncilEntity;
import org.lianxin.practice.council.internal.jpa.MeetingEntity;
import org.lianxin.practice.council.internal.jpa.RepresentativeEntity;
import org.lianxin.practice.council.internal.model.Compliance;
import org.lianxin.practice.council.internal.model.ComplianceFlag;
import org.lianxin.practice.council.internal.model.ItemAction;
import org.lianxin.practice.council.internal.model.ItemRoute;
import org.lianxin.practice.council.internal.model.ItemStatus;
import org.lianxin.practice.council.internal.model.MeetingKind;

public class CouncilRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    // --- at least two meetings a year ---------------------------------------------------------------------------

    @Test
    public void twoHeldMeetingsMeetTheYearFewerAreDueThisYearAndMissedOnceItIsOver() {
        assertEquals(ComplianceFlag.MET, ComplianceRule.flag(2, 2025, 2026));
        assertEquals(ComplianceFlag.MET, ComplianceRule.flag(3, 2026, 2026));
        assertEquals(ComplianceFlag.DUE, ComplianceRule.flag(1, 2026, 2026));
        assertEquals(ComplianceFlag.DUE, ComplianceRule.flag(0, 2027, 2026)); // a year not begun is not missed
        assertEquals(ComplianceFlag.MISSED, ComplianceRule.flag(1, 2025, 2026));
        assertEquals(ComplianceFlag.MISSED, ComplianceRule.flag(0, 2020, 2026));
    }

    @Test
    public void onlyARegularMeetingHeldWithMinutesCounts() {
        CouncilEntity c = council();
        Compliance s = ComplianceRule.of(c, List.of(
                meeting(MeetingKind.REGULAR, LocalDate.of(2025, 3, 1), "纪要", "汇报"),
                meeting(MeetingKind.REGULAR, LocalDate.of(2025, 6, 1), null, null), // planned, never minuted
                meeting(MeetingKind.EXTRA, LocalDate.of(2025, 7, 1), "纪要", null)), 2025, TODAY);
        assertEquals(1, s.held());
        assertEquals(1, s.extraHeld());
        assertEquals(1, s.planned());
        assertEquals(ComplianceFlag.MISSED, s.flag());
        assertTrue(s.reportHeard());
        assertEquals(2, s.required());

        s = ComplianceRule.of(c, List.of(meeting(MeetingKind.REGULAR, LocalDate.of(2026, 3, 1), "纪要", null),
                meeting(MeetingKind.REGULAR, LocalDate.of(2026, 12, 20), "纪要", "汇报")), 2026, TODAY);
        assertEquals("a meeting ahead does not count, minutes or not", 1, s.held());
        assertEquals(1, s.planned());
        assertEquals(ComplianceFlag.DUE, s.flag());
        assertFalse("the report of a meeting not held is not heard", s.reportHeard());

        s = ComplianceRule.of(c, List.of(meeting(MeetingKind.REGULAR, LocalDate.of(2026, 3, 1), "纪要", null),
                meeting(MeetingKind.REGULAR, LocalDate.of(2026, 9, 1), "纪要", null)), 2026, TODAY);
        assertEquals(ComplianceFlag.MET, s.flag());
        assertFalse(s.reportHeard());
    }

    @Test
    public void aYearBeforeTheCouncilWasEstablishedOwesNothing() {
        CouncilEntity c = council();
        c.establishedOn = LocalDate.of(2025, 6, 1);
        assertEquals(ComplianceFlag.NOT_ESTABLISHED, ComplianceRule.of(c, List.of(), 2024, TODAY).flag());
        assertEquals(ComplianceFlag.MISSED, ComplianceRule.of(c, List.of(), 2025, TODAY).flag());
    }

    @Test
    public void meetingsOfAnotherYearAreNotCounted() {
        Compliance s = ComplianceRule.of(council(), List.of(
                meeting(MeetingKind.REGULAR, LocalDate.of(2024, 12, 31), "纪要", null),
                meeting(MeetingKind.REGULAR, LocalDate.of(2025, 1, 1), "纪要", null)), 2025, TODAY);
        assertEquals(1, s.held());
    }

    // --- 选、分、督、评 -------------------------------------------------------------------------------------------

    @Test
    public void anItemGoesFromSelectedToEvaluatedInOrder() {
        ItemStatus s = ItemFlow.next(1, ItemStatus.SELECTED, null, false, ItemAction.SORT);
        assertEquals(ItemStatus.SORTED, s);
        s = ItemFlow.next(1, s, ItemRoute.SUGGESTION, false, ItemAction.SUPERVISE);
        assertEquals(ItemStatus.SUPERVISING, s);
        assertEquals(ItemStatus.SUPERVISING, ItemFlow.next(1, s, ItemRoute.SUGGESTION, false, ItemAction.SUPERVISE));
        assertEquals(ItemStatus.EVALUATED, ItemFlow.next(1, s, ItemRoute.SUGGESTION, true, ItemAction.EVALUATE));
        assertTrue(ItemFlow.allowed(ItemStatus.EVALUATED, ItemRoute.SUGGESTION, true).isEmpty());
    }

    @Test
    public void theStreetOfficeRecordsItsHandlingBeforeTheEvaluation() {
        assertEquals(List.of(ItemAction.SUPERVISE, ItemAction.RECORD_HANDLING),
                ItemFlow.allowed(ItemStatus.SORTED, ItemRoute.STREET_OFFICE, false));
        assertEquals(ItemStatus.SORTED, ItemFlow.next(1, ItemStatus.SORTED, ItemRoute.STREET_OFFICE, false,
                ItemAction.RECORD_HANDLING));
        assertEquals(List.of(ItemAction.SUPERVISE, ItemAction.EVALUATE),
                ItemFlow.allowed(ItemStatus.SUPERVISING, ItemRoute.STREET_OFFICE, true));
    }

    @Test
    public void illegalMovesAre409sNamingTheStatusAndTheAllowedActions() {
        StateConflictException e = assertThrows(StateConflictException.class,
                () -> ItemFlow.next(7, ItemStatus.SELECTED, null, false, ItemAction.EVALUATE));
        assertEquals("SELECTED", e.state());
        assertEquals(List.of("SORT"), e.allowed());
        assertTrue(e.getMessage(), e.getMessage().endsWith("allowed: SORT"));

        e = assertThrows(StateConflictException.class,
                () -> ItemFlow.next(7, ItemStatus.SORTED, ItemRoute.SUGGESTION, true, ItemAction.EVALUATE));
        assertTrue(e.getMessage(), e.getMessage().contains("record a supervision first"));

        e = assertThrows(StateConflictException.class,
                () -> ItemFlow.next(7, ItemStatus.SUPERVISING, ItemRoute.SUGGESTION, false, ItemAction.EVALUATE));
        assertTrue(e.getMessage(), e.getMessage().contains("the suggestion is not completed yet"));
        assertEquals(List.of("SUPERVISE"), e.allowed());

        e = assertThrows(StateConflictException.class,
                () -> ItemFlow.next(7, ItemStatus.SUPERVISING, ItemRoute.SUGGESTION, false, ItemAction.RECORD_HANDLING));
        assertTrue(e.getMessage(), e.getMessage().contains("core's handling completes it"));

        e = assertThrows(StateConflictException.class,
                () -> ItemFlow.next(7, ItemStatus.EVALUATED, ItemRoute.STREET_OFFICE, true, ItemAction.SUPERVISE));
        assertTrue(e.getMessage(), e.getMessage().endsWith("allowed: none"));

        assertThrows(StateConflictException.class,
                () -> ItemFlow.next(7, ItemStatus.SORTED, ItemRoute.STREET_OFFICE, false, ItemAction.SORT));
    }

    // --- who represents the street, who is a current representative, masks -----------------------------------

    @Test
    public void aDeputyOfTheStreetOrOfARegionContainingItRepresentsIt() {
        List<Long> streetAndAbove = List.of(1L, 2L, 3L, 6L); // province, city, county, street
        assertTrue(Items.represents(deputy(6, List.of()), streetAndAbove)); // attached to the street
        assertTrue(Items.represents(deputy(2, List.of()), streetAndAbove)); // a city deputy
        assertTrue(Items.represents(deputy(7, List.of(new DeputySeat(DeputyLevel.COUNTY, 3, "t"))), streetAndAbove));
        assertFalse(Items.represents(deputy(7, List.of(new DeputySeat(DeputyLevel.TOWNSHIP, 7, "t"))),
                streetAndAbove)); // the next township's
    }

    @Test
    public void aRepresentativeCountsFromJoiningUntilLeaving() {
        RepresentativeEntity r = new RepresentativeEntity();
        r.joinedOn = LocalDate.of(2024, 3, 1);
        assertFalse(CouncilMapper.current(r, LocalDate.of(2024, 2, 29)));
        assertTrue(CouncilMapper.current(r, LocalDate.of(2024, 3, 1)));
        r.leftOn = LocalDate.of(2025, 10, 8);
        assertTrue(CouncilMapper.current(r, LocalDate.of(2025, 10, 7)));
        assertFalse(CouncilMapper.current(r, LocalDate.of(2025, 10, 8)));
    }

    @Test
    public void phonesShowTheirFirstThreeAndLastFourDigitsInLists() {
        assertEquals("139****1234", Masks.phone("13912341234"));
        assertEquals("055*****6789", Masks.phone("055112346789"));
        assertEquals("*******", Masks.phone("1234567"));
        assertNull(Masks.phone(null));
        RepresentativeEntity r = new RepresentativeEntity();
        r.joinedOn = LocalDate.of(2024, 3, 1);
        r.id = 3L;
        r.phone = "13956121034";
        assertEquals("139****1034", CouncilMapper.representative(r, true).phone());
        assertTrue(CouncilMapper.representative(r, true).phoneMasked());
        assertEquals("13956121034", CouncilMapper.representative(r, false).phone());
    }

    @Test
    public void yearsAreChecked() {
        assertEquals(2025, Councils.year(2025));
        assertEquals("year", assertThrows(org.lianxin.api.ValidationException.class, () -> Councils.year(12))
                .field());
        assertEquals("joinedOn", assertThrows(org.lianxin.api.ValidationException.class,
                () -> Councils.notFuture(LocalDate.now().plusDays(1), "joinedOn")).field());
    }

    private static CouncilEntity council() {
        CouncilEntity c = new CouncilEntity();
        c.id = 1L;
        c.name = "矿山集街道选民议政会";
        c.regionId = 6;
        return c;
    }

    private static MeetingEntity meeting(MeetingKind kind, LocalDate on, String minutes, String report) {
        MeetingEntity m = new MeetingEntity();
        m.kind = kind.name();
        m.heldOn = on;
        m.minutes = minutes;
        m.reportTitle = report;
        return m;
    }

    private static Deputy deputy(long regionId, List<DeputySeat> seats) {
        return new Deputy(9, "代表", "男", regionId, null, null, null, DeputyStatus.ACTIVE, null, null, true, seats,
                List.of());
    }
}
