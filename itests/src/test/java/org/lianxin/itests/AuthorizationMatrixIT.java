package org.lianxin.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.lianxin.api.security.Role;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every role, scoped to county A (a deputy to a township of it), against rows of its own region, of another city
 * (B) and of the city above it, for every kind of resource and a write of each: what the policy allows passes the
 * checks (2xx, or a 400/409 about the data), everything else is refused (401/403/404) — and no list, no answer
 * carries a row the caller may not see. The counts are printed and written to {@code target/authz-matrix.txt}.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class AuthorizationMatrixIT extends TestSupport {
    private enum Scope { OWN, OTHER, PARENT }

    /** One kind of request against one scope's row, with the policy's answer for each role. */
    private record Probe(String name, Scope scope, String method, String path, Object body, Set<Role> allowed) {}

    @Test
    public void everyRoleReachesItsOwnRegionOnlyAndOnlyWhatItsRoleDoes() throws Exception {
        Http admin = adminHttp();
        Fixture a = new Fixture(admin);
        Fixture b = new Fixture(admin);
        String p = a.prefix.toLowerCase();
        long cityUnit = a.create("/units", Http.map("code", a.prefix + "CU", "name", "市住建局", "regionId", a.city));
        long cityDeputy = a.create("/deputies", Http.map("name", "市代表", "gender", "女", "regionId", a.city, "groupId",
                null, "specialty", "法律", "term", "2021-2026", "status", "ACTIVE", "phone", "13900000009",
                "constituency", "市第一选区", "directlyElected", false, "seats", List.of(Http.map("level", "CITY",
                        "regionId", a.city, "term", "本届")), "stationIds", List.of()));
        Map<Scope, Long> region = Map.of(Scope.OWN, a.county, Scope.OTHER, b.county, Scope.PARENT, a.city);
        Map<Scope, Long> unit = Map.of(Scope.OWN, a.countyUnit, Scope.OTHER, b.countyUnit, Scope.PARENT, cityUnit);
        Map<Scope, Long> deputy = Map.of(Scope.OWN, a.deputy, Scope.OTHER, b.deputy, Scope.PARENT, cityDeputy);
        Map<Scope, Long> suggestion = Map.of(Scope.OWN, a.assigned("甲县本级建议").get("id").asLong(),
                Scope.OTHER, b.assigned("乙市建议").get("id").asLong(),
                Scope.PARENT, a.create("/suggestions", Http.map("kind", "INTER_SESSION_OPINION", "regionId", a.city,
                        "category", "OTHER", "title", "市级建议", "content", "市级建议内容", "deputyIds",
                        List.of(cityDeputy), "stationId", null, "opinionIds", List.of())));
        Map<Scope, Long> opinion = Map.of(Scope.OWN, opinion(admin, a.township, a.deputy),
                Scope.OTHER, opinion(admin, b.township, b.deputy), Scope.PARENT, opinion(admin, a.city, cityDeputy));

        Map<Role, Http> users = new EnumMap<>(Role.class);
        users.put(Role.ADMIN, userHttp("mx.admin." + p, "甲县管理员", Set.of(Role.ADMIN), a.county, null, null));
        users.put(Role.STAFF, userHttp("mx.staff." + p, "甲县联络员", Set.of(Role.STAFF), a.county, null, null));
        users.put(Role.LEADER, userHttp("mx.leader." + p, "甲县领导", Set.of(Role.LEADER), a.county, null, null));
        users.put(Role.GROUP_LEADER, userHttp("mx.group." + p, "组长", Set.of(Role.GROUP_LEADER), a.county, null,
                a.deputy2));
        users.put(Role.DEPUTY, userHttp("mx.deputy." + p, "张代表", Set.of(Role.DEPUTY), a.township, null, a.deputy));
        users.put(Role.HANDLER, userHttp("mx.handler." + p, "经办人", Set.of(Role.HANDLER), a.county, a.countyUnit,
                null));
        users.put(Role.PROCURATORATE, userHttp("mx.proc." + p, "检察联络人", Set.of(Role.PROCURATORATE), a.county,
                null, null));
        users.put(Role.PUBLIC, new Http(API));

        Set<Role> all = Set.of(Role.values());
        Set<Role> signedIn = Set.of(Role.ADMIN, Role.STAFF, Role.LEADER, Role.GROUP_LEADER, Role.DEPUTY, Role.HANDLER,
                Role.PROCURATORATE);
        Set<Role> countyWide = Set.of(Role.ADMIN, Role.STAFF, Role.LEADER, Role.GROUP_LEADER, Role.HANDLER,
                Role.PROCURATORATE);
        List<Probe> probes = new ArrayList<>();
        int seq = 0;
        for (Scope s : Scope.values()) {
            boolean own = s == Scope.OWN;
            probes.add(new Probe("region", s, "GET", "/regions/" + region.get(s), null, all));
            // the deputy's scope is a township: the county's own unit is above it
            probes.add(new Probe("unit", s, "GET", "/units/" + unit.get(s), null, own ? countyWide : Set.of()));
            probes.add(new Probe("deputy", s, "GET", "/deputies/" + deputy.get(s), null,
                    own ? all : Set.of(Role.PUBLIC)));
            probes.add(new Probe("suggestion", s, "GET", "/suggestions/" + suggestion.get(s), null,
                    own ? Set.of(Role.ADMIN, Role.STAFF, Role.LEADER, Role.GROUP_LEADER, Role.PROCURATORATE,
                            Role.DEPUTY, Role.HANDLER) : Set.of()));
            probes.add(new Probe("opinion", s, "GET", "/opinions/" + opinion.get(s), null,
                    own ? Set.of(Role.ADMIN, Role.STAFF, Role.LEADER, Role.GROUP_LEADER, Role.DEPUTY) : Set.of()));
            probes.add(new Probe("statistics", s, "GET", "/stats/suggestions?regionId=" + region.get(s), null,
                    own ? countyWide : Set.of()));
            probes.add(new Probe("export", s, "GET", "/exports/ledger?format=csv&regionId=" + region.get(s), null,
                    own ? Set.of(Role.ADMIN, Role.STAFF, Role.LEADER) : Set.of()));
            probes.add(new Probe("users", s, "GET", "/users?regionId=" + region.get(s), null,
                    own ? Set.of(Role.ADMIN) : Set.of()));
            // writes: authorised ones pass the checks and meet the data (200, or 409 for the item's state)
            probes.add(new Probe("unit update", s, "PUT", "/units/" + unit.get(s), null,
                    own ? Set.of(Role.ADMIN, Role.STAFF) : Set.of()));
            probes.add(new Probe("group-pass", s, "POST", "/suggestions/" + suggestion.get(s) + "/group-pass", null,
                    own ? Set.of(Role.ADMIN, Role.STAFF, Role.GROUP_LEADER) : Set.of()));
            probes.add(new Probe("evaluate", s, "POST", "/suggestions/" + suggestion.get(s) + "/evaluate",
                    Http.map("rating", "SATISFIED", "channel", "ONLINE", "comment", null),
                    own ? Set.of(Role.ADMIN, Role.STAFF, Role.DEPUTY) : Set.of()));
            probes.add(new Probe("reply", s, "POST", "/suggestions/" + suggestion.get(s) + "/reply",
                    Http.map("resultClass", "A", "text", "已办理"),
                    own ? Set.of(Role.ADMIN, Role.STAFF, Role.HANDLER) : Set.of()));
            probes.add(new Probe("supervise", s, "POST", "/suggestions/" + suggestion.get(s) + "/supervise",
                    Http.map("leader", "主任", "reason", "重点督办"),
                    own ? Set.of(Role.ADMIN, Role.STAFF, Role.LEADER) : Set.of()));
            for (Role r : Role.values()) {
                seq++;
                probes.add(new Probe("region create#" + r + seq, s, "POST", "/regions", Http.map("code",
                        a.prefix + "R" + seq, "name", "新区划" + seq, "level", s == Scope.PARENT ? "COUNTY" : "TOWNSHIP",
                        "parentId", region.get(s)), own ? Set.of(Role.ADMIN) : Set.of()));
                probes.add(new Probe("user create#" + r + seq, s, "POST", "/users", Http.map("username", "mx.new" + seq
                        + "." + p, "displayName", "新用户", "roles", List.of("STAFF"), "regionId", region.get(s)),
                        own ? Set.of(Role.ADMIN) : Set.of()));
            }
        }

        int requests = 0;
        List<String> leaks = new ArrayList<>();
        List<String> overDenied = new ArrayList<>();
        int serverErrors = 0;
        for (Role role : Role.values()) {
            Http http = users.get(role);
            for (Probe probe : probes) {
                if (probe.name().contains("#") && !probe.name().contains("#" + role)) {
                    continue; // creations are one per role and scope: each has a fresh code
                }
                Object body = probe.body();
                if (probe.method().equals("PUT")) {
                    JsonNode u = admin.get("/units/" + unit.get(probe.scope())).body();
                    body = Http.map("code", u.get("code").asText(), "name", u.get("name").asText(), "regionId",
                            u.get("regionId").asLong(), "contact", u.path("contact").isNull() ? null
                                    : u.path("contact").asText(null));
                }
                int status = send(http, probe.method(), probe.path(), body);
                requests++;
                boolean passed = status != 401 && status != 403 && status != 404;
                boolean expected = probe.allowed().contains(role);
                String line = role + " " + probe.scope() + " " + probe.name() + " " + probe.method() + " "
                        + probe.path() + " -> " + status;
                if (status >= 500) {
                    serverErrors++;
                    leaks.add("5xx: " + line);
                } else if (passed && !expected) {
                    leaks.add(line);
                } else if (!passed && expected) {
                    overDenied.add(line);
                }
            }
        }

        // lists: nothing of another region or of the city above, for anyone
        int listed = 0;
        for (Role role : signedIn) {
            Http http = users.get(role);
            for (String[] list : new String[][] { { "/suggestions", "suggestion" }, { "/units", "unit" },
                    { "/deputies", "deputy" }, { "/opinions", "opinion" } }) {
                JsonNode page = http.get(list[0] + "?limit=500").body();
                requests++;
                if (page == null || !page.has("items")) {
                    continue; // refused outright (e.g. opinions for a handler)
                }
                Map<Scope, Long> rows = switch (list[1]) {
                    case "suggestion" -> suggestion;
                    case "unit" -> unit;
                    case "deputy" -> deputy;
                    default -> opinion;
                };
                for (JsonNode item : page.get("items")) {
                    listed++;
                    long id = item.get("id").asLong();
                    if (id == rows.get(Scope.OTHER) || id == rows.get(Scope.PARENT)) {
                        leaks.add(role + " lists " + list[1] + " " + id + " of " + (id == rows.get(Scope.OTHER)
                                ? "another city" : "the city above"));
                    }
                    long self = role == Role.DEPUTY ? a.deputy : role == Role.GROUP_LEADER ? a.deputy2 : -1;
                    if (list[1].equals("deputy") && !item.path("phone").isNull() && !item.path("phone").isMissingNode()
                            && role != Role.ADMIN && role != Role.STAFF && id != self) {
                        leaks.add(role + " sees the phone of deputy " + id);
                    }
                }
            }
        }
        JsonNode publicDeputy = users.get(Role.PUBLIC).get("/deputies/" + a.deputy).body();
        requests++;
        if (publicDeputy.hasNonNull("phone")) {
            leaks.add("PUBLIC sees the phone of deputy " + a.deputy);
        }

        String report = String.format("authorization matrix: %d roles x %d scopes, %d requests, %d list rows checked,"
                + " %d leaks, %d over-denied, %d 5xx%n", Role.values().length, Scope.values().length, requests, listed,
                leaks.size(), overDenied.size(), serverErrors) + String.join("\n", leaks) + "\n"
                + String.join("\n", overDenied) + "\n";
        System.out.print(report);
        // karaf.home is target/exam/<run>: the report goes beside the failsafe reports
        Files.writeString(Path.of(System.getProperty("karaf.home"), "..", "..", "authz-matrix.txt").normalize(), report);
        assertEquals("leaks:\n" + String.join("\n", leaks), List.of(), leaks);
        assertEquals("refused though the policy allows it:\n" + String.join("\n", overDenied), List.of(), overDenied);
        assertTrue(requests > 300);
    }

    private static long opinion(Http admin, long regionId, long deputyId) throws Exception {
        Http.Response r = admin.post("/opinions", Http.map("source", "DEPUTY", "regionId", regionId, "deputyId",
                deputyId, "content", "矩阵测试意见", "submitterName", "群众", "submitterContact", "13800001111"));
        assertEquals(r.text(), 201, r.status());
        return r.body().get("id").asLong();
    }

    private static int send(Http http, String method, String path, Object body) throws Exception {
        return switch (method) {
            case "GET" -> path.startsWith("/exports") ? http.download(path).status() : http.get(path).status();
            case "PUT" -> http.put(path, body).status();
            default -> http.post(path, body).status();
        };
    }
}
