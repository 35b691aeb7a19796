package org.lianxin.practice.studio.internal.model;

/** A studio as set up: in a township (or any region where the practice is active), with theme and brand. */
public record StudioInput(Long regionId, String name, String brand, Theme theme, Long stationId) {}
