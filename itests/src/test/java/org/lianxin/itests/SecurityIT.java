package org.lianxin.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Set;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.lianxin.api.security.Role;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Logins and what each user may reach, over real HTTP: the first login's forced change, wrong passwords counted to
 * a lock-out, tokens that expire and end at logout, and county A's staff, deputies and handlers kept out of county
 * B's work (as if it did not exist) and out of what their role does not do.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class SecurityIT extends TestSupport {

    @Test
    public void firstLoginChangeLockOutExpiryAndLogout() throws Exception {
        Http admin = adminHttp();
        Fixture f = new Fixture(admin);
        String username = "sec.staff." + f.prefix.toLowerCase();
        Http.Response created = admin.post("/users", Http.map("username", username, "displayName", "安全测试员",
                "roles", List.of("STAFF"), "regionId", f.county));
        assertEquals(created.text(), 201, created.status());
        String oneTime = created.body().get("oneTimePassword").asText();
        long userId = created.body().get("user").get("id").asLong();
        Http anonymous = new Http(API);

        // the one-time password serves only its own change
        Http.Response login = anonymous.post("/auth/login", Http.map("username", username, "password", oneTime));
        assertEquals(login.text(), 200, login.status());
        assertTrue(login.body().get("mustChangePassword").asBoolean());
        Http user = anonymous.as(login.body().get("token").asText());
        Http.Response blocked = user.get("/suggestions?regionId=" + f.county);
        assertEquals(403, blocked.status());
        assertTrue(blocked.message(), blocked.message().contains("change your password first"));
        assertEquals(400, user.post("/auth/password", Http.map("currentPassword", oneTime, "newPassword", "short"))
                .status());
        String password = "Sec-" + f.prefix + "-Pass";
        assertEquals(204, user.post("/auth/password", Http.map("currentPassword", oneTime, "newPassword", password))
                .status());
        assertEquals(200, user.get("/suggestions?regionId=" + f.county).status());
        assertEquals(Set.of("STAFF"), Set.of(user.get("/auth/me").body().get("roles").get(0).asText()));

        // five wrong passwords in a row lock the account; the right one is then refused too, until an unlock
        for (int i = 0; i < 5; i++) {
            Http.Response wrong = anonymous.post("/auth/login", Http.map("username", username, "password", "nope" + i));
            assertEquals(401, wrong.status());
            assertEquals("wrong username or password", wrong.message());
        }
        Http.Response locked = anonymous.post("/auth/login", Http.map("username", username, "password", password));
        assertEquals(401, locked.status());
        assertTrue(locked.message(), locked.message().contains("locked until"));
        JsonNode events = admin.get("/security-events?username=" + username + "&kind=LOCKED").body();
        assertEquals(1, events.get("total").asInt());
        assertEquals(200, admin.post("/users/" + userId + "/unlock", null).status());
        Http.Response again = anonymous.post("/auth/login", Http.map("username", username, "password", password));
        assertEquals(again.text(), 200, again.status());
        Http fresh = anonymous.as(again.body().get("token").asText());

        // logout ends a token at once
        assertEquals(204, fresh.post("/auth/logout", null).status());
        Http.Response ended = fresh.get("/auth/me");
        assertEquals(401, ended.status());

        // a token lives tokenSeconds (3 s here)
        ConfigurationAdmin cm = service(ConfigurationAdmin.class);
        Configuration security = cm.getConfiguration("org.lianxin.security", null);
        Dictionary<String, Object> before = security.getProperties();
        Dictionary<String, Object> shortLived = new Hashtable<>();
        shortLived.put("tokenSeconds", 3);
        security.update(shortLived);
        try {
            Thread.sleep(1000); // the component takes the change asynchronously
            Http.Response brief = anonymous.post("/auth/login", Http.map("username", username, "password", password));
            Http briefUser = anonymous.as(brief.body().get("token").asText());
            assertEquals(200, briefUser.get("/auth/me").status());
            assertTrue("the token expires", Http.await(Duration.ofSeconds(10),
                    () -> briefUser.get("/auth/me").status() == 401));
            assertTrue(briefUser.get("/auth/me").message().contains("expired"));
        } finally {
            security.update(before == null ? new Hashtable<>() : before);
        }

        // no token, or not a bearer one: the public, or 401 with the scheme to use
        Http.Response basic = anonymous.get("/suggestions");
        assertEquals(401, basic.status());
        assertEquals(403, user.get("/users").status());
        JsonNode audit = admin.get("/security-events?username=" + username).body();
        assertTrue(audit.toString(), audit.get("total").asInt() >= 10);

        // the console manages the same users
        String console = "sec.console." + f.prefix.toLowerCase();
        String added = console("user:add --role HANDLER --region " + f.prefix + "Q --unit " + f.countyUnit + " "
                + console + " 控制台用户");
        assertTrue(added, added.contains("One-time password"));
        assertTrue(console("user:list --name " + console).contains("HANDLER"));
        assertTrue(console("user:disable " + console).contains("disabled"));
        String trail = console("user:events --user " + console);
        assertTrue(trail, trail.contains("USER_CREATED") && trail.contains("DISABLED"));
        assertTrue(console("user:add --role PUBLIC sec.nobody 无角色").contains("PUBLIC is the role of callers without a login"));
    }

    @Test
    public void countiesRolesAndOwnershipKeepWorkApart() throws Exception {
        Http admin = adminHttp();
        Fixture a = new Fixture(admin);
        Fixture b = new Fixture(admin);
        long inA = a.assigned("甲县的建议").get("id").asLong();
        long otherInA = a.register("甲县另一代表的建议").get("id").asLong();
        long inB = b.assigned("乙县的建议").get("id").asLong();
        String p = a.prefix.toLowerCase();
        Http staffA = userHttp("sec.a." + p, "甲县联络员", Set.of(Role.STAFF), a.county, null, null);
        Http leaderA = userHttp("sec.l." + p, "甲县领导", Set.of(Role.LEADER), a.county, null, null);
        Http deputyA = userHttp("sec.d." + p, "李代表", Set.of(Role.DEPUTY), a.township, null, a.deputy2);
        Http handlerA = userHttp("sec.h." + p, "住建局经办人", Set.of(Role.HANDLER), a.county, a.countyUnit, null);
        Http townshipStaff = userHttp("sec.t." + p, "镇联络员", Set.of(Role.STAFF), a.township, null, null);

        // staff of county A: A's ledger only; B's item does not exist for them, not even to act on
        JsonNode ledger = staffA.get("/suggestions?limit=500").body();
        assertTrue(ledger.toString(), ids(ledger).contains(inA));
        assertFalse(ids(ledger).contains(inB));
        assertEquals(404, staffA.get("/suggestions/" + inB).status());
        assertEquals(404, staffA.post("/suggestions/" + inB + "/accept", null).status());
        assertEquals(403, staffA.get("/suggestions?regionId=" + b.county).status());
        Http.Response registerInB = staffA.post("/suggestions", Http.map("kind", "INTER_SESSION_OPINION", "regionId",
                b.township, "category", "INFRASTRUCTURE", "title", "越权登记", "content", "越权登记", "deputyIds",
                List.of(b.deputy), "stationId", null, "opinionIds", List.of()));
        assertEquals(registerInB.text(), 403, registerInB.status());

        // a township's staff sees its township, not the county above it
        assertEquals(200, townshipStaff.get("/suggestions/" + inA).status()); // raised in the township
        assertEquals(403, townshipStaff.get("/suggestions?regionId=" + a.county).status());

        // a leader reads and supervises, but does not assign or close
        assertEquals(200, leaderA.get("/suggestions/" + inA).status());
        Http.Response leaderAssign = leaderA.post("/suggestions/" + otherInA + "/group-pass", null);
        assertEquals(leaderAssign.text(), 403, leaderAssign.status());

        // a deputy: their own items only; another deputy's item is not theirs to see or rate
        assertEquals(404, deputyA.get("/suggestions/" + inA).status());
        Http.Response own = deputyA.post("/suggestions", Http.map("kind", "INTER_SESSION_OPINION", "regionId",
                a.township, "category", "EDUCATION", "title", "李代表的建议", "content", "李代表的建议内容", "deputyIds",
                List.of(a.deputy2), "stationId", null, "opinionIds", List.of()));
        assertEquals(own.text(), 201, own.status());
        JsonNode mine = deputyA.get("/suggestions").body();
        assertEquals(List.of(own.body().get("id").asLong()), ids(mine));
        Http.Response forOther = deputyA.post("/suggestions", Http.map("kind", "INTER_SESSION_OPINION", "regionId",
                a.township, "category", "EDUCATION", "title", "冒名", "content", "冒名建议", "deputyIds",
                List.of(a.deputy), "stationId", null, "opinionIds", List.of()));
        assertEquals(forOther.text(), 403, forOther.status());

        // a handler: the items their unit leads; accept and reply, never assign
        assertEquals(List.of(inA), ids(handlerA.get("/suggestions").body()));
        assertEquals(200, handlerA.post("/suggestions/" + inA + "/accept", null).status());
        // what is offered is what the state allows and the role may take
        String offered = handlerA.get("/suggestions/" + inA + "/actions").text();
        assertTrue(offered, offered.contains("REPLY") && !offered.contains("SUPERVISE")
                && !offered.contains("DECIDE_EXTENSION") && !offered.contains("ESCALATE_OVERDUE"));
        String staffOffered = staffA.get("/suggestions/" + inA + "/actions").text();
        assertTrue(staffOffered, staffOffered.contains("SUPERVISE") && !staffOffered.contains("ESCALATE_OVERDUE"));
        assertEquals(403, handlerA.post("/suggestions/" + inA + "/close", null).status());
        assertEquals(404, handlerA.get("/suggestions/" + otherInA).status());

        // the public: no ledger at all
        assertEquals(401, new Http(API).get("/suggestions/" + inA).status());
        assertNotNull(new Http(API).get("/regions").body());
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> out = new java.util.ArrayList<>();
        page.get("items").forEach(n -> out.add(n.get("id").asLong()));
        return out;
    }
}
