package org.lianxin.api;

import org.lianxin.api.dto.Category;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.api.dto.PublicOutcome;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The public's view of suggestions (公开办理结果): the published outcomes, readable by anyone, without a login too,
 * and the same for every caller (published means public: it does not depend on the caller's scope).
 */
@ProviderType
public interface OutcomeService {

    /**
     * Published items (COMPLETED, EXPLAINED, CLOSED), newest first (closed, else last changed).
     *
     * @param regionId raised in this region or below it; null: everywhere
     * @param category only this category; null: all
     * @param q        part of the title or the ledger number, any case; null: no text filter
     */
    Page<PublicOutcome> published(Long regionId, Category category, String q, PageRequest page);

    /** One published item; {@link NotFoundException} for an unknown id and for an item not published. */
    PublicOutcome get(long id);

    /**
     * The suggestion the opinion with this receipt was taken up into (following a merge to the suggestion it was
     * merged into), its result only if published. {@link NotFoundException} for an unknown receipt and for an
     * opinion not (yet) taken up as a suggestion.
     */
    PublicOutcome ofReceipt(String receiptNo);
}
