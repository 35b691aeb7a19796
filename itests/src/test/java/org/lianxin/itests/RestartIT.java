package org.lianxin.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;

import org.junit.After;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The distribution as an admin runs it: cold start, data written over REST, console over bin/client, stop,
 * warm restart, and everything still there with REST serving again.
 */
public class RestartIT {
    private static final int HTTP = (ItConfig.PORT_BASE + 10) * 1000 + 181;
    private static final int SSH = (ItConfig.PORT_BASE + 10) * 1000 + 101;
    private Distribution karaf;

    @After
    public void stopKaraf() throws Exception {
        if (karaf != null && karaf.isRunning()) {
            karaf.stop();
        }
    }

    @Test
    public void dataSurvivesAWarmRestartAndRestServesAgain() throws Exception {
        karaf = Distribution.unpack("restart", HTTP, SSH);
        if (ItConfig.postgresql()) {
            ItConfig.resetPostgresql("lianxin_it_restart");
            karaf.setProperty("etc/org.ops4j.datasource-lianxin.cfg", "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver");
            karaf.setProperty("etc/org.ops4j.datasource-lianxin.cfg", "url", ItConfig.pgUrl("lianxin_it_restart"));
            karaf.setProperty("etc/org.ops4j.datasource-lianxin.cfg", "user", "postgres");
            karaf.setProperty("etc/org.ops4j.datasource-lianxin.cfg", "password", "");
        }
        karaf.setProperty("etc/org.lianxin.demo.cfg", "enabled", "false");
        Http http = new Http("http://127.0.0.1:" + HTTP + "/api/v1");

        long t0 = System.nanoTime();
        karaf.start();
        assertTrue("REST answers after a cold start", Http.await(Duration.ofSeconds(120),
                () -> http.get("/health").status() == 200));
        System.out.printf("cold start to REST ready: %d ms%n", (System.nanoTime() - t0) / 1_000_000);

        String oneTime = karaf.file("data/admin.password");
        assertNotNull("the first start wrote the admin's one-time password to data/admin.password", oneTime);
        // the first login must change it; the console then takes the new one
        String password = "It-" + java.util.UUID.randomUUID();
        Http admin = Http.login("http://127.0.0.1:" + HTTP + "/api/v1", "admin", oneTime.trim(), password);
        Fixture f = new Fixture(admin);
        JsonNode s = f.assigned("重启后仍在的建议");
        long id = s.get("id").asLong();

        Distribution.Result console = karaf.client("admin", password.trim(), "suggestion:show " + id);
        assertTrue(console.output(), console.output().contains("重启后仍在的建议"));
        // a refusal reaches the remote console user as one line, and the command fails
        Distribution.Result refused = karaf.client("admin", password.trim(), "suggestion:close " + id);
        assertTrue(refused.output(), refused.output().contains("Not allowed: CLOSE in state ASSIGNED"));
        assertTrue(refused.output(), refused.exit() != 0);

        karaf.stop();
        long t1 = System.nanoTime();
        karaf.start();
        assertTrue("REST answers after a warm restart", Http.await(Duration.ofSeconds(120),
                () -> http.get("/health").status() == 200));
        System.out.printf("warm restart to REST ready: %d ms%n", (System.nanoTime() - t1) / 1_000_000);

        JsonNode again = admin.get("/suggestions/" + id).body();
        assertEquals("ASSIGNED", again.get("state").asText());
        assertEquals(s.get("ledgerNo").asText(), again.get("ledgerNo").asText());
        assertEquals(4, admin.get("/suggestions/" + id + "/events").body().get("total").asInt());
        // the ledger sequence continues after the restart
        JsonNode next = f.register("重启后的新建议");
        assertTrue(next.get("ledgerNo").asText().compareTo(s.get("ledgerNo").asText()) > 0);
    }
}
