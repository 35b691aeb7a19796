package org.lianxin.api.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A raw opinion from the public (社情民意), promotable to a deputy suggestion. */
public record Opinion(long id, String receiptNo, OpinionSource source, long regionId, Long stationId, Long deputyId, String content, String submitterName, String submitterContact, OpinionStatus status, Long suggestionId, Instant createdAt) {}
