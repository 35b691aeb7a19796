package org.lianxin.core.internal.score;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.lianxin.api.ConflictException;
import org.lianxin.api.dto.DutyKind;
import org.lianxin.api.dto.ScoringBasis;
import org.lianxin.api.dto.ScoringCategory;
import org.lianxin.api.dto.ScoringItem;
import org.lianxin.api.dto.ScoringTable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Scoring tables as configuration: {@code <dir>/<REGION CODE>.json} for a region and the regions under it,
 * {@code <dir>/default.json} otherwise, and the table built into core when neither exists. Files are re-read when
 * they change, so a county edits its table without a restart; a broken file is refused with what is wrong in it.
 */
final class ScoringTables {
    static final String BUILT_IN = "scoring/default.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Cached(long modified, ScoringTable table) {}

    private final Path dir;
    private final Map<Path, Cached> cache = new ConcurrentHashMap<>();
    private volatile ScoringTable builtIn;

    /** {@code dir} may be null: only the built-in table then. */
    ScoringTables(Path dir) {
        this.dir = dir;
    }

    /** The table of the first region code (nearest first) that has a file, else the default. */
    ScoringTable forRegions(List<String> codesNearestFirst) {
        if (dir != null) {
            for (String code : codesNearestFirst) {
                if (code.matches("[A-Za-z0-9_-]+")) {
                    Path file = dir.resolve(code + ".json");
                    if (Files.isRegularFile(file)) {
                        return read(file);
                    }
                }
            }
            Path fallback = dir.resolve("default.json");
            if (Files.isRegularFile(fallback)) {
                return read(fallback);
            }
        }
        return builtIn();
    }

    private ScoringTable read(Path file) {
        try {
            long modified = Files.getLastModifiedTime(file).toMillis();
            Cached c = cache.get(file);
            if (c != null && c.modified() == modified) {
                return c.table();
            }
            ScoringTable t;
            try (InputStream in = Files.newInputStream(file)) {
                t = parse(in, file.getFileName().toString());
            }
            cache.put(file, new Cached(modified, t));
            return t;
        } catch (IOException e) {
            throw new ConflictException("scoring table " + file.getFileName() + " cannot be read: " + e.getMessage());
        }
    }

    private ScoringTable builtIn() {
        ScoringTable t = builtIn;
        if (t == null) {
            try (InputStream in = ScoringTables.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
                if (in == null) {
                    throw new IllegalStateException(BUILT_IN + " is missing from the core bundle");
                }
                t = parse(in, "built-in");
            } catch (IOException e) {
                throw new IllegalStateException(BUILT_IN + " cannot be read", e);
            }
            builtIn = t;
        }
        return t;
    }

    /** Parses and checks a table; every mistake is refused with the item it is in. */
    static ScoringTable parse(InputStream in, String source) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (IOException e) {
            throw new ConflictException("scoring table " + source + " is not valid JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw refused(source, "the table must be a JSON object");
        }
        BigDecimal share = root.has("reminderShare") ? root.get("reminderShare").decimalValue() : new BigDecimal("0.05");
        if (share.signum() < 0 || share.compareTo(new BigDecimal("0.5")) > 0) {
            throw refused(source, "reminderShare must be between 0 and 0.5");
        }
        JsonNode cats = root.path("categories");
        if (!cats.isArray() || cats.isEmpty()) {
            throw refused(source, "categories are required");
        }
        Set<String> keys = new HashSet<>();
        List<ScoringCategory> categories = new ArrayList<>();
        for (JsonNode c : cats) {
            String ck = text(c, "key", source, "a category");
            List<ScoringItem> items = new ArrayList<>();
            for (JsonNode i : c.path("items")) {
                items.add(item(i, source, keys));
            }
            if (items.isEmpty()) {
                throw refused(source, "category " + ck + " has no items");
            }
            categories.add(new ScoringCategory(ck, text(c, "zh", source, "category " + ck), items));
        }
        return new ScoringTable(root.path("name").asText(source), source, share, categories);
    }

    private static ScoringItem item(JsonNode i, String source, Set<String> keys) {
        String key = text(i, "key", source, "an item");
        if (!keys.add(key)) {
            throw refused(source, "item " + key + " appears twice");
        }
        String where = "item " + key;
        ScoringBasis basis;
        try {
            basis = ScoringBasis.valueOf(text(i, "basis", source, where));
        } catch (IllegalArgumentException e) {
            throw refused(source, where + ": basis must be one of " + List.of(ScoringBasis.values()));
        }
        List<DutyKind> kinds = new ArrayList<>();
        for (JsonNode k : i.path("kinds")) {
            try {
                kinds.add(DutyKind.valueOf(k.asText()));
            } catch (IllegalArgumentException e) {
                throw refused(source, where + ": unknown duty kind " + k.asText());
            }
        }
        boolean needsKinds = basis == ScoringBasis.RECORDS || basis == ScoringBasis.PRESENCE;
        if (needsKinds == kinds.isEmpty()) {
            throw refused(source, where + (needsKinds ? ": kinds are required for " : ": kinds mean nothing for ") + basis);
        }
        int cap = i.path("cap").asInt(0);
        if (cap < 2 || cap > 10) {
            throw refused(source, where + ": cap must be 2 to 10 points, was " + i.path("cap"));
        }
        boolean all = basis == ScoringBasis.PRESENCE || basis == ScoringBasis.REPORT_APPROVAL;
        BigDecimal points = all ? BigDecimal.valueOf(cap) : i.path("points").decimalValue();
        if (points.signum() <= 0) {
            throw refused(source, where + ": points per unit must be above 0");
        }
        int min = i.path("min").asInt(basis == ScoringBasis.REPORT_APPROVAL ? 80 : 1);
        if (min < 1 || (basis == ScoringBasis.REPORT_APPROVAL && min > 100)) {
            throw refused(source, where + ": min out of range: " + min);
        }
        Map<String, Integer> weights = new LinkedHashMap<>();
        i.path("weights").fields().forEachRemaining(e -> weights.put(e.getKey(), e.getValue().asInt()));
        for (Map.Entry<String, Integer> w : weights.entrySet()) {
            if (w.getValue() < 1 || w.getValue() > 100) {
                throw refused(source, where + ": weight of " + w.getKey() + " must be 1 to 100");
            }
        }
        return new ScoringItem(key, text(i, "zh", source, where), basis, kinds, points, cap, min, weights);
    }

    private static String text(JsonNode n, String field, String source, String where) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw refused(source, where + ": " + field + " is required");
        }
        return v.asText();
    }

    private static ConflictException refused(String source, String why) {
        return new ConflictException("scoring table " + source + " is invalid: " + why);
    }
}
