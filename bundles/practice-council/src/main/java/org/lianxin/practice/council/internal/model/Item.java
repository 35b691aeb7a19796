package org.lianxin.practice.council.internal.model;

import java.time.LocalDate;
import java.util.List;

import org.lianxin.api.dto.Category;
import org.lianxin.api.dto.Rating;
import org.lianxin.api.dto.SuggestionState;

/** An item through 选、分、督、评, linked to core's opinion (receipt number) and, when raised, its suggestion (ledger number and state). */
public record Item(long id, long councilId, long representativeId, String representativeName, Long meetingId, String title, String content, String raisedBy, LocalDate selectedOn, long opinionId, String receiptNo, ItemStatus status, String statusZh, Category category, ItemRoute route, LocalDate sortedOn, Long deputyId, Long suggestionId, String ledgerNo, SuggestionState suggestionState, String handoverNote, boolean handled, LocalDate handledOn, String handlingResult, Rating rating, String evaluationNote, LocalDate evaluatedOn, int supervisions, List<ItemAction> actions) {}
