package org.lianxin.api;

import org.lianxin.api.dto.NewSuggestion;
import org.lianxin.api.dto.Opinion;
import org.lianxin.api.dto.OpinionInput;
import org.lianxin.api.dto.OpinionStatus;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.api.dto.Suggestion;

import org.osgi.annotation.versioning.ProviderType;

/** Opinions from the public (社情民意) and their promotion into deputy suggestions. */
@ProviderType
public interface OpinionService {

    /** Records an opinion and gives it a receipt number the submitter can follow. */
    Opinion record(OpinionInput input);

    Opinion get(long id);

    Opinion getByReceipt(String receiptNo);

    /** Opinions of a region (with sub-regions), station or deputy, optionally in one status. */
    Page<Opinion> list(Long regionId, Long stationId, Long deputyId, OpinionStatus status, PageRequest page);

    /**
     * Turns one or more NEW opinions into a registered deputy suggestion; the opinions keep a link to it and
     * the suggestion lists them. The opinion ids in {@code suggestion} are merged with {@code opinionId}.
     */
    Suggestion promote(long opinionId, NewSuggestion suggestion, String actor);

    Opinion dismiss(long opinionId, String reason, String actor);
}
