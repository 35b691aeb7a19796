package org.lianxin.api.dto;

/** A page a practice contributes to the web UI: where it is served and its title in Chinese and English. */
public record PracticePage(String path, String titleZh, String titleEn) {}
