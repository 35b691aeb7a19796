package org.lianxin.api.dto;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the public sees of a suggestion (公开办理结果): where it stands, and once its handling is finished (it is
 * published: COMPLETED, EXPLAINED or CLOSED) the reply, the rating and the explanation. It names no person: no
 * proposing deputies, no submitters of opinions, no contacts, reasons, events or actors.
 *
 * @param id           the suggestion's id
 * @param ledgerNo     region code, year and sequence, e.g. DJ-2026-000123; null while pre-submitted
 * @param kind         session suggestion or inter-session opinion
 * @param category     its subject
 * @param title        its title
 * @param content      its text
 * @param state        where it stands in the lifecycle
 * @param regionId     the region it was raised in
 * @param regionName   that region's name
 * @param leadUnitName the name of the unit leading its handling, or null before assignment
 * @param deadline     the running deadline, or null when nothing is due
 * @param published    its handling is finished (COMPLETED, EXPLAINED or CLOSED) and its result is public
 * @param resultClass  the reply's result class; null unless published
 * @param replyText    the handling unit's reply; null unless published
 * @param repliedAt    when the unit replied; null unless published
 * @param rating       the deputy's rating of the reply; null unless published
 * @param explanation  the explanation published after a second unsatisfied rating; null unless published
 * @param lookBack     B-class and not yet solved: on the look-back list (回头看)
 * @param solved       a B-class item's plan has been carried out
 * @param updatedAt    when it last changed
 */
public record PublicOutcome(long id, String ledgerNo, SuggestionKind kind, Category category, String title,
        String content, SuggestionState state, long regionId, String regionName, String leadUnitName,
        LocalDate deadline, boolean published, ResultClass resultClass, String replyText, Instant repliedAt,
        Rating rating, String explanation, boolean lookBack, boolean solved, Instant updatedAt) {}
