package org.lianxin.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.lianxin.api.dto.Assignment;
import org.lianxin.api.dto.Contact;
import org.lianxin.api.dto.ContactInput;
import org.lianxin.api.dto.Evaluation;
import org.lianxin.api.dto.ExtensionRequest;
import org.lianxin.api.dto.LifecycleAction;
import org.lianxin.api.dto.NewSuggestion;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.api.dto.Reply;
import org.lianxin.api.dto.RouteTier;
import org.lianxin.api.dto.SecondaryEvaluation;
import org.lianxin.api.dto.Suggestion;
import org.lianxin.api.dto.SuggestionEvent;
import org.lianxin.api.dto.SuggestionQuery;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The suggestion ledger and its lifecycle (DOMAIN.md §3). Every action runs in one transaction, stores an
 * audit event, and is published on EventAdmin after commit. An action the current state does not allow
 * throws {@link IllegalTransitionException} naming the state and the allowed actions; bad input throws
 * {@link ValidationException}; unknown ids {@link NotFoundException}. Nothing is written when an action fails.
 */
@ProviderType
public interface SuggestionService {

    // --- reading -----------------------------------------------------------------------------------

    Suggestion get(long id);

    Suggestion getByLedgerNo(String ledgerNo);

    Page<Suggestion> list(SuggestionQuery query, PageRequest page);

    /** The audit trail, oldest first. */
    Page<SuggestionEvent> events(long id, PageRequest page);

    List<Contact> contacts(long id);

    /** What the caller may do to the suggestion now: what its state allows, of what their role may take. */
    Set<LifecycleAction> allowedActions(long id);

    // --- 1. collect, 12. pre-submission --------------------------------------------------------------

    /** Registers a suggestion with a ledger number unique per region and year; state REGISTERED. */
    Suggestion register(NewSuggestion suggestion, String actor);

    /** A draft raised before a session (预提交); it gets its ledger number when formalized. */
    Suggestion preSubmit(NewSuggestion suggestion, String actor);

    /** The township's check of a pre-submitted draft: passed, or returned with a reason. */
    Suggestion preCheck(long id, boolean pass, String reason, String actor);

    /** At the session the checked draft becomes formal and is registered. */
    Suggestion formalize(long id, String actor);

    // --- 2. group review -----------------------------------------------------------------------------

    Suggestion groupPass(long id, String actor);

    Suggestion groupReturn(long id, String reason, String actor);

    /** A returned item, reworked by its deputy, goes back to group review. Null title/content keep the old ones. */
    Suggestion resubmit(long id, String title, String content, String actor);

    /** Merges a duplicate into {@code targetId}; the target gains the duplicate's proposers and opinions. */
    Suggestion merge(long id, long targetId, String reason, String actor);

    // --- 3-4. township review and tiered routing -----------------------------------------------------

    /**
     * Routes by competence: a township matter stays with the township (3 days to transfer), a county matter
     * goes to the county (5 days to assign), a city-or-above matter is forwarded to the city (3 days).
     */
    Suggestion route(long id, RouteTier tier, String actor);

    // --- 5. pre-assignment and assignment ------------------------------------------------------------

    Suggestion preAssign(long id, Assignment assignment, String actor);

    /** Assigns to the given units, or confirms the pre-assignment when {@code assignment} is null. */
    Suggestion assign(long id, Assignment assignment, String actor);

    /** The lead unit accepts the item and starts handling. */
    Suggestion accept(long id, String actor);

    /** The lead unit returns a misrouted item with a reason; it goes back for re-assignment. */
    Suggestion unitReturn(long id, String reason, String actor);

    // --- 6. handling ---------------------------------------------------------------------------------

    Contact logContact(long id, ContactInput contact, String actor);

    Suggestion requestExtension(long id, ExtensionRequest request, String actor);

    Suggestion decideExtension(long id, boolean approve, String reason, String actor);

    // --- 7-9. reply, evaluation, supervision ----------------------------------------------------------

    Suggestion reply(long id, Reply reply, String actor);

    Suggestion evaluate(long id, Evaluation evaluation, String actor);

    /** Puts an item under key supervision (重点督办) led by a congress leader, with a new 1-month deadline. */
    Suggestion supervise(long id, String leader, String reason, String actor);

    /** The unit's explanation when the deputy is still unsatisfied after supervision; it is published. */
    Suggestion explain(long id, String explanation, String actor);

    // --- 10-11. close, look-back, secondary evaluation ------------------------------------------------

    Suggestion close(long id, String actor);

    /** A B-class item on the look-back list is actually solved: completion turns into success. */
    Suggestion markSolved(long id, String note, String actor);

    Suggestion secondaryEvaluate(long id, SecondaryEvaluation evaluation, String actor);

    // --- the clock's escalation ----------------------------------------------------------------------

    /**
     * Escalates every item overdue on {@code today}: a handling deadline passed puts it under key supervision,
     * a review or routing deadline passed sends a reminder. Each item is escalated exactly once, also when
     * several nodes run this on one database.
     *
     * @return how many items this call escalated or reminded
     */
    default int escalateOverdue(LocalDate today) {
        return escalateOverdue(today, null);
    }

    /**
     * As {@link #escalateOverdue(LocalDate)}, for the items handled in one region and its sub-regions only (a
     * county running its own escalation); null for every region.
     */
    int escalateOverdue(LocalDate today, Long regionId);
}
