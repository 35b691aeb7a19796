package org.lianxin.api.dto;

import java.math.BigDecimal;

public record CategoryScore(String key, String zh, BigDecimal points, int cap) {}
