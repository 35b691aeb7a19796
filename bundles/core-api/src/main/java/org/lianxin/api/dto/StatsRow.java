package org.lianxin.api.dto;

/** One line of a statistics table: a region, unit, category, level or period, and its figures. */
public record StatsRow(String key, String label, Kpis kpis) {}
