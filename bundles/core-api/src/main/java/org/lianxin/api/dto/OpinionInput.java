package org.lianxin.api.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** An opinion as received at a station, by a deputy or by QR code. */
public record OpinionInput(OpinionSource source, long regionId, Long stationId, Long deputyId, String content, String submitterName, String submitterContact) {}
