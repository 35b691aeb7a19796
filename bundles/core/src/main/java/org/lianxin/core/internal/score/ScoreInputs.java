package org.lianxin.core.internal.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.lianxin.api.dto.DutyKind;

/** What one deputy did in a period, as scoring items count it, each fact with the reference that proves it. */
final class ScoreInputs {
    record Fact(String ref, String variant) {}

    record Report(String ref, BigDecimal approval) {}

    final Map<DutyKind, List<Fact>> records = new EnumMap<>(DutyKind.class);
    final List<String> led = new ArrayList<>();
    final List<String> adopted = new ArrayList<>();
    final List<String> satisfied = new ArrayList<>();
    final List<Report> reports = new ArrayList<>();

    ScoreInputs record(DutyKind kind, String ref, String variant) {
        records.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Fact(ref, variant));
        return this;
    }

    List<Fact> records(DutyKind kind) {
        return records.getOrDefault(kind, List.of());
    }
}
