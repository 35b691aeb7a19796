package org.lianxin.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

/**
 * Writes N suggestion rows as the lifecycle leaves them (states, result classes, ratings, deadlines and replies,
 * some late) straight into LX_SUGGESTION with JDBC batches, spread over a region tree and units created through
 * the services beforehand. Deterministic: a fixed seed, so Derby and PostgreSQL get the same rows.
 */
final class StatsFixture {
    /** A region of the fixture tree: its id, path, code, level and the index of its county (-1 for the city). */
    record Place(long id, String path, String code, String tier, int county) {}

    private static final String INSERT = "INSERT INTO LX_SUGGESTION (VERSION, LEDGER_NO, LEDGER_YEAR, LEDGER_SEQ, KIND,"
            + " CATEGORY, TITLE, CONTENT, STATE, REGION_ID, REGION_PATH, HANDLING_REGION_ID, HANDLING_REGION_PATH,"
            + " ROUTE_TIER, LEAD_UNIT_ID, ASSIGNED_ON, DEADLINE, RESULT_CLASS, REPLY_TEXT, REPLIED_AT, RATING, RATINGS,"
            + " SUPERVISED, REDONE, OVERDUE_ESCALATED, SOLVED, DEPUTY_IDS, CO_UNIT_IDS, PRE_CO_UNIT_IDS, OPINION_IDS,"
            + " CREATED_AT, UPDATED_AT, CLOSED_AT) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, FALSE, FALSE, ?, ',', ',', ',', ',', ?, ?, ?)";

    // states by age: recent items are still running, older ones mostly completed or closed
    private static final String[] RECENT = { "REGISTERED", "TOWNSHIP_REVIEW", "ROUTED", "PRE_ASSIGNED", "ASSIGNED",
        "HANDLING", "REPLIED", "SUPERVISED", "COMPLETED", "CLOSED" };
    private static final int[] RECENT_W = { 4, 4, 4, 2, 8, 30, 14, 2, 20, 12 };
    private static final String[] OLDER = { "ASSIGNED", "HANDLING", "REPLIED", "SUPERVISED", "EXPLANATION_REQUIRED",
        "COMPLETED", "EXPLAINED", "CLOSED" };
    private static final int[] OLDER_W = { 1, 3, 2, 1, 1, 27, 1, 64 };
    private static final String[] CATEGORIES = { "INFRASTRUCTURE", "ENVIRONMENT", "EDUCATION", "HEALTH",
        "SOCIAL_GOVERNANCE", "ECONOMY", "AGRICULTURE", "PUBLIC_AFFAIRS", "OTHER" };
    private static final int[] CATEGORY_W = { 24, 10, 12, 10, 14, 8, 12, 6, 4 };
    private static final String[] KINDS = { "SESSION_SUGGESTION", "INTER_SESSION_OPINION", "MOTION" };
    private static final int[] KIND_W = { 55, 44, 1 };
    private static final String[] PHRASES = { "关于加快", "老旧小区改造", "的建议", "农村公路养护", "进一步完善", "社区卫生服务中心",
        "建设力度", "群众反映强烈", "学校周边交通安全", "生活垃圾分类", "污水管网", "停车难问题", "养老服务设施", "农田水利",
        "基层医疗", "就业培训", "文化活动场所", "背街小巷路灯", "雨污分流", "营商环境", "，建议有关部门", "尽快研究解决。" };

    private final DataSource ds;
    private final List<Place> places;
    private final List<Long> cityUnits;
    private final List<List<Long>> countyUnits;
    private final LocalDateTime now;
    private final String[] contents = new String[512];
    private final String[] replies = new String[64];

    StatsFixture(DataSource ds, List<Place> places, List<Long> cityUnits, List<List<Long>> countyUnits,
            LocalDateTime nowUtc) {
        this.ds = ds;
        this.places = places;
        this.cityUnits = cityUnits;
        this.countyUnits = countyUnits;
        this.now = nowUtc;
        Random r = new Random(7);
        for (int i = 0; i < contents.length; i++) {
            contents[i] = text(r, 60 + r.nextInt(140));
        }
        for (int i = 0; i < replies.length; i++) {
            replies[i] = "经研究，" + text(r, 30 + r.nextInt(60));
        }
    }

    private static String text(Random r, int length) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < length) {
            sb.append(PHRASES[r.nextInt(PHRASES.length)]);
        }
        return sb.substring(0, length);
    }

    /** Inserts {@code n} rows in batches of {@code batch}, one commit per batch; returns the rows written. */
    long load(int n, int batch, java.util.function.IntConsumer progress) throws SQLException {
        Random r = new Random(20240601L);
        List<Place> cities = new ArrayList<>();
        List<Place> counties = new ArrayList<>();
        List<Place> towns = new ArrayList<>();
        for (Place p : places) {
            (p.tier().equals("CITY") ? cities : p.tier().equals("COUNTY") ? counties : towns).add(p);
        }
        long written = 0;
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                for (int i = 0; i < n; i++) {
                    double where = r.nextDouble();
                    Place p = where < 0.05 ? cities.get(0)
                            : where < 0.20 ? counties.get(r.nextInt(counties.size())) : towns.get(r.nextInt(towns.size()));
                    bind(ps, r, p, i + 1);
                    ps.addBatch();
                    if ((i + 1) % batch == 0 || i == n - 1) {
                        ps.executeBatch();
                        c.commit();
                        written = i + 1;
                        progress.accept(i + 1);
                    }
                }
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
        return written;
    }

    private void bind(PreparedStatement ps, Random r, Place p, int seq) throws SQLException {
        LocalDateTime created = now.minusSeconds(3600 + (long) (r.nextDouble() * 3 * 365 * 86400));
        long ageDays = java.time.Duration.between(created, now).toDays();
        double special = r.nextDouble();
        String state;
        boolean registered = true;
        if (special < 0.015) {
            state = "PRE_SUBMITTED";
            registered = false;
        } else if (special < 0.020) {
            state = "MERGED";
        } else if (ageDays < 120) {
            state = pick(r, RECENT, RECENT_W);
        } else {
            state = pick(r, OLDER, OLDER_W);
        }
        boolean routed = !List.of("PRE_SUBMITTED", "REGISTERED", "TOWNSHIP_REVIEW", "MERGED").contains(state);
        boolean assigned = routed && !state.equals("ROUTED") && !state.equals("PRE_ASSIGNED");
        boolean supervised = state.equals("SUPERVISED");
        boolean replied = assigned && !List.of("ASSIGNED", "HANDLING").contains(state)
                && !(supervised && r.nextBoolean());
        boolean completed = List.of("COMPLETED", "EXPLAINED", "CLOSED").contains(state);

        LocalDateTime last = created;
        Long unit = null;
        LocalDate assignedOn = null;
        LocalDate deadline = null;
        if (assigned) {
            List<Long> pool = p.county() < 0 || r.nextInt(10) < 4 ? cityUnits : countyUnits.get(p.county());
            unit = pool.get(r.nextInt(pool.size()));
            last = clamp(created.plusDays(2 + r.nextInt(19)), last);
            assignedOn = last.toLocalDate();
            deadline = assignedOn.plusDays(90);
        }
        String resultClass = null;
        String replyText = null;
        LocalDateTime repliedAt = null;
        boolean solved = false;
        if (replied) {
            int roll = r.nextInt(100);
            resultClass = roll < 78 ? "A" : roll < 96 ? "B" : "C";
            solved = resultClass.equals("B") && r.nextInt(100) < 35;
            int days = r.nextInt(100) < 80 ? 20 + r.nextInt(66) : 91 + r.nextInt(50);
            last = clamp(last.plusDays(days).plusMinutes(r.nextInt(600)), last);
            repliedAt = last;
            replyText = replies[r.nextInt(replies.length)];
        }
        String rating = null;
        if (replied && (completed || supervised || state.equals("EXPLANATION_REQUIRED"))) {
            if (supervised || state.equals("EXPLANATION_REQUIRED") || state.equals("EXPLAINED")) {
                rating = "UNSATISFIED";
            } else {
                int roll = r.nextInt(100);
                rating = roll < 84 ? "SATISFIED" : roll < 97 ? "BASICALLY_SATISFIED" : "UNSATISFIED";
            }
            last = clamp(last.plusDays(1 + r.nextInt(20)), last);
        }
        LocalDateTime closedAt = null;
        if (state.equals("CLOSED")) {
            last = clamp(last.plusDays(5 + r.nextInt(40)), last);
            closedAt = last;
        }

        int i = 1;
        ps.setString(i++, registered ? "SB-" + p.code() + "-" + created.getYear() + "-" + String.format("%07d", seq)
                : null);
        if (registered) {
            ps.setInt(i++, created.getYear());
            ps.setInt(i++, seq);
        } else {
            ps.setNull(i++, Types.INTEGER);
            ps.setNull(i++, Types.INTEGER);
        }
        ps.setString(i++, pick(r, KINDS, KIND_W));
        ps.setString(i++, pick(r, CATEGORIES, CATEGORY_W));
        ps.setString(i++, "统计基准建议 " + seq);
        ps.setString(i++, contents[r.nextInt(contents.length)]);
        ps.setString(i++, state);
        ps.setLong(i++, p.id());
        ps.setString(i++, p.path());
        ps.setLong(i++, p.id());
        ps.setString(i++, p.path());
        setString(ps, i++, routed ? p.tier().equals("CITY") ? "CITY" : p.tier().equals("COUNTY") ? "COUNTY" : "TOWNSHIP"
                : null);
        if (unit == null) {
            ps.setNull(i++, Types.BIGINT);
        } else {
            ps.setLong(i++, unit);
        }
        setDate(ps, i++, assignedOn);
        setDate(ps, i++, deadline);
        setString(ps, i++, resultClass);
        setString(ps, i++, replyText);
        setTimestamp(ps, i++, repliedAt);
        setString(ps, i++, rating);
        ps.setInt(i++, rating == null ? 0 : 1);
        ps.setBoolean(i++, supervised);
        ps.setBoolean(i++, solved);
        ps.setTimestamp(i++, Timestamp.valueOf(created));
        ps.setTimestamp(i++, Timestamp.valueOf(last));
        setTimestamp(ps, i, closedAt);
    }

    /** Events never lie in the future: a step that would is moved to just before now (and never before the last). */
    private LocalDateTime clamp(LocalDateTime t, LocalDateTime after) {
        LocalDateTime latest = now.minusMinutes(30);
        if (t.isAfter(latest)) {
            t = latest.isAfter(after) ? latest : after;
        }
        return t;
    }

    private static String pick(Random r, String[] values, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = r.nextInt(total);
        for (int k = 0; k < values.length; k++) {
            roll -= weights[k];
            if (roll < 0) {
                return values[k];
            }
        }
        return values[values.length - 1];
    }

    private static void setString(PreparedStatement ps, int i, String v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, v);
        }
    }

    private static void setDate(PreparedStatement ps, int i, LocalDate v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setDate(i, Date.valueOf(v));
        }
    }

    private static void setTimestamp(PreparedStatement ps, int i, LocalDateTime v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.TIMESTAMP);
        } else {
            ps.setTimestamp(i, Timestamp.valueOf(v));
        }
    }
}
