package org.lianxin.api.dto;

/** How one figure is defined, in the words of the published statistics; {@code key} is its field name. */
public record KpiDefinition(String key, String zh, String en, String formula) {}
