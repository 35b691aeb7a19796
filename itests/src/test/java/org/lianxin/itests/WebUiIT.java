package org.lianxin.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;

import org.junit.After;
import org.junit.Assume;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The web UI in headless Chromium (Debian's chromium and chromium-driver) against the built distribution with its
 * demo data: the admin's first login with the forced password change, the ledger, a suggestion's timeline and an
 * assignment made from its page, the public's QR intake with a receipt number, and the dashboard's figures.
 * Screenshots go to {@code target/screenshots/}.
 */
public class WebUiIT {
    private static final int HTTP = (ItConfig.PORT_BASE + 20) * 1000 + 181;
    private static final int SSH = (ItConfig.PORT_BASE + 20) * 1000 + 101;
    private static final String CHROMIUM = System.getProperty("lianxin.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("lianxin.chromedriver", "/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");

    private Distribution karaf;
    private WebDriver browser;

    @After
    public void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (karaf != null && karaf.isRunning()) {
            karaf.stop();
        }
    }

    @Test
    public void staffWorkTheLedgerThePublicGetsAReceiptTheDashboardShowsFigures() throws Exception {
        boolean browserThere = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        String missing = "needs Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)";
        // skipped on a developer's machine without them; in CI (.ci/run installs them) their absence is a failure
        if (System.getenv("CI") != null) {
            assertTrue(missing, browserThere);
        }
        Assume.assumeTrue(missing, browserThere);
        karaf = Distribution.unpack("webui", HTTP, SSH);
        if (ItConfig.postgresql()) {
            ItConfig.resetPostgresql("lianxin_it_webui");
            karaf.setProperty("etc/org.ops4j.datasource-lianxin.cfg", "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver");
            karaf.setProperty("etc/org.ops4j.datasource-lianxin.cfg", "url", ItConfig.pgUrl("lianxin_it_webui"));
            karaf.setProperty("etc/org.ops4j.datasource-lianxin.cfg", "user", "postgres");
            karaf.setProperty("etc/org.ops4j.datasource-lianxin.cfg", "password", "");
        }
        String site = "http://127.0.0.1:" + HTTP;
        Http anonymous = new Http(site + "/api/v1");
        long t0 = System.nanoTime();
        karaf.start();
        assertTrue("REST answers", Http.await(Duration.ofSeconds(120), () -> anonymous.get("/health").status() == 200));
        // the demo data is loaded once the suggestions' ledger has rows (read as the admin below)
        System.out.printf("cold start to REST ready: %d ms%n", ms(t0));
        Files.createDirectories(SHOTS);
        browser = chromium();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        // 1. the admin's first login: the one-time password, then the forced change
        long t1 = System.nanoTime();
        String oneTime = karaf.file("data/admin.password").trim();
        String password = "Web-" + UUID.randomUUID();
        browser.get(site + "/ledger");
        wait.until(ExpectedConditions.urlContains("/login"));
        field("username").sendKeys("admin");
        field("password").sendKeys(oneTime);
        shot("01-login");
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password-form")));
        field("currentPassword").sendKeys(oneTime);
        field("newPassword").sendKeys(password);
        field("repeatPassword").sendKeys(password);
        browser.findElement(By.cssSelector("#password-form button[type=submit]")).click();

        // 2. the ledger with the demo data
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.ledger tbody tr")));
        Http admin = Http.login(site + "/api/v1", "admin", password, null);
        long total = admin.get("/suggestions?limit=1").body().get("total").asLong();
        assertTrue("the demo data has suggestions", total > 0);
        assertTrue(text(By.cssSelector(".count")).contains(String.valueOf(total)));
        System.out.printf("login, password change and ledger: %d ms%n", ms(t1));
        shot("02-workbench");

        // filters go to the API: overdue only
        browser.findElement(By.id("f-overdue")).click();
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("overdue=true"));
        long overdue = admin.get("/suggestions?overdue=true&limit=1").body().get("total").asLong();
        wait.until(d -> overdue == 0 ? !d.findElements(By.cssSelector(".empty")).isEmpty()
                : d.findElements(By.cssSelector("table.ledger tbody tr")).size() > 0
                        && d.findElements(By.cssSelector("table.ledger tbody tr:not(.overdue)")).isEmpty());

        // 3. a suggestion of the demo data: its page, timeline and actions; an assignment made from it
        JsonNode routed = first(admin, "ROUTED", "TOWNSHIP_REVIEW");
        long id = routed.get("id").asLong();
        long t2 = System.nanoTime();
        browser.get(site + "/suggestions/" + id);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".timeline li")));
        assertEquals(routed.get("title").asText(), text(By.tagName("h1")));
        int events = admin.get("/suggestions/" + id + "/events").body().get("total").asInt();
        assertEquals(events, browser.findElements(By.cssSelector(".timeline li")).size());
        browser.findElement(By.cssSelector("button[data-action=ASSIGN]")).click();
        WebElement lead = wait.until(ExpectedConditions.presenceOfElementLocated(By.name("leadUnitId")));
        new Select(lead).selectByIndex(1);
        shot("03-suggestion-assign");
        browser.findElement(By.cssSelector(".action-form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".msg.ok")));
        assertEquals("ASSIGNED", admin.get("/suggestions/" + id).body().get("state").asText());
        assertEquals(events + 1, browser.findElements(By.cssSelector(".timeline li")).size());
        System.out.printf("suggestion page and assignment: %d ms%n", ms(t2));
        shot("04-suggestion-assigned");

        // 4. the public, on a phone, by a station's QR link: a receipt number
        browser.manage().window().setSize(new Dimension(390, 844));
        long t3 = System.nanoTime();
        browser.get(site + "/intake?station=LS-STN-LLZ");
        WebElement content = wait.until(ExpectedConditions.presenceOfElementLocated(By.name("content")));
        String opinion = "村口路灯坏了三个月，请代表反映 " + UUID.randomUUID().toString().substring(0, 8);
        content.sendKeys(opinion);
        field("submitterContact").sendKeys("13800000000");
        shot("05-intake");
        browser.findElement(By.cssSelector("#intake-form button[type=submit]")).click();
        String receipt = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("receipt-no"))).getText();
        assertTrue(receipt, receipt.matches("[A-Z0-9-]+-\\d{8}-[A-Z0-9]{8}"));
        JsonNode recorded = anonymous.get("/opinions/receipt/" + receipt).body();
        assertEquals(opinion, recorded.get("content").asText());
        assertEquals("PUBLIC_QR", recorded.get("source").asText());
        System.out.printf("public intake to receipt: %d ms%n", ms(t3));
        shot("06-receipt");
        browser.findElement(By.cssSelector(".receipt a")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("dl.facts"), opinion));

        // 5. the dashboard of the city, with the figures of the statistics API
        browser.manage().window().setSize(new Dimension(1280, 900));
        long t4 = System.nanoTime();
        long city = admin.get("/regions/code/HB").body().get("id").asLong();
        JsonNode stats = admin.get("/stats/suggestions?regionId=" + city + "&by=REGION").body();
        browser.get(site + "/dashboard?regionId=" + city);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.stats tbody tr")));
        assertEquals(stats.get("total").get("raised").asText(), text(By.cssSelector("[data-kpi=raised]")));
        assertEquals(stats.get("rows").size(), browser.findElements(By.cssSelector("table.stats tbody tr")).size());
        assertEquals(2, browser.findElements(By.cssSelector("figure.chart canvas")).size());
        System.out.printf("dashboard: %d ms%n", ms(t4));
        shot("07-dashboard");

        // 6. English, and the ledger on a phone
        browser.findElement(By.cssSelector("button.lang")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Dashboard"));
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(site + "/ledger");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.ledger tbody tr")));
        shot("08-ledger-phone-en");

        // no Content-Security-Policy violation on the way (the app loads nothing inline or from elsewhere)
        List<LogEntry> log = browser.manage().logs().get(LogType.BROWSER).getAll();
        log.forEach(e -> System.out.println("browser: " + e.getLevel() + " " + e.getMessage()));
        assertTrue(log.stream().noneMatch(e -> e.getMessage().contains("Content Security Policy")));

        // logging out ends the session: the ledger asks for a login again
        browser.findElement(By.xpath("//header//button[not(contains(@class,'lang'))]")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.get(site + "/ledger");
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    private WebDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--lang=zh-CN");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static JsonNode first(Http admin, String... states) throws Exception {
        for (String state : states) {
            JsonNode items = admin.get("/suggestions?state=" + state + "&limit=50").body().get("items");
            for (JsonNode s : items) {
                JsonNode actions = admin.get("/suggestions/" + s.get("id").asLong() + "/actions").body();
                for (JsonNode a : actions) {
                    if ("ASSIGN".equals(a.asText())) {
                        return s;
                    }
                }
            }
        }
        throw new AssertionError("no demo suggestion can be assigned");
    }

    private WebElement field(String name) {
        WebElement e = browser.findElement(By.name(name));
        assertNotNull(name + " has a label", browser.findElement(By.cssSelector("label[for='" + e.getAttribute("id") + "']")));
        return e;
    }

    private String text(By by) {
        return browser.findElement(by).getText().trim();
    }

    private void shot(String name) throws Exception {
        File f = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
