package org.lianxin.api.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A contact between a handling unit and the deputy (办前联系、办中沟通、办后回访). */
public record Contact(long id, long suggestionId, Long unitId, ContactPhase phase, String method, String note, String actor, Instant at) {}
