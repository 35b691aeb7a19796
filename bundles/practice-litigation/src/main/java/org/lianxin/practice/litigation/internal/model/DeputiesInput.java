package org.lianxin.practice.litigation.internal.model;

import java.util.List;

/** The deputies a procuratorial suggestion goes to, corrected by staff before a retry. */
public record DeputiesInput(List<Long> deputyIds) {}
