package org.lianxin.api.dto;

/**
 * A ranking of the active deputies of a region (and the regions under it) or of a deputy group, for a period; one
 * page of its lines, the number flagged for a reminder talk and the table used.
 */
public record Ranking(String scope, String period, String table, int reminders, Page<RankedScore> lines) {}
