package org.lianxin.practice.council.internal.model;

/** The street office's work report heard at a meeting (街道办工作汇报): title and summary. */
public record OfficeReport(String title, String summary) {}
