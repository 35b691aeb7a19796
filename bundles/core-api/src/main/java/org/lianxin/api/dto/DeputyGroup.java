package org.lianxin.api.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A deputy group (代表小组), first reviewer of its members' suggestions. */
public record DeputyGroup(long id, String name, long regionId, String specialty, Long leaderId, Long viceLeaderId, Long liaisonId) {}
