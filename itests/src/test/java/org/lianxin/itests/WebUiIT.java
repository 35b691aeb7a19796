package org.lianxin.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
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
 * assignment made from its page; the lead unit's handler accepting and replying, the proposing deputy evaluating,
 * raising a suggestion, reading their score and QR code (each a new user's first login); the public's QR intake with
 * a receipt number, and the dashboard's figures with the completed item counted.
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

        // the ledger export with the filters, fetched with the token and saved: the page reports its size
        long te = System.nanoTime();
        browser.findElement(By.cssSelector("details[data-fold=exports] > summary")).click(); // folded under its name
        browser.findElement(By.cssSelector("button[data-export=ledger]")).click();
        WebElement exported = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".export-result .msg.ok[data-kind=ledger]")));
        assertTrue(exported.getText(), Long.parseLong(exported.getAttribute("data-bytes")) > 0);
        assertTrue(exported.getText(), exported.getText().contains(".xlsx"));
        System.out.printf("ledger export: %d ms%n", ms(te));

        // a saved view (in this browser, per user): the overdue filter saved, applied from a plain ledger, deleted
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class); // the page re-renders meanwhile
        browser.findElement(By.cssSelector("details[data-fold=views] > summary")).click(); // stays open for the tab
        field("viewName").sendKeys("只看超期");
        browser.findElement(By.cssSelector("button[data-view=save]")).click();
        wait.until(d -> new Select(d.findElement(By.name("view"))).getOptions().size() == 2);
        browser.get(site + "/ledger");
        new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.name("view")))).selectByVisibleText("只看超期");
        browser.findElement(By.cssSelector("button[data-view=apply]")).click();
        wait.until(ExpectedConditions.urlContains("overdue=true"));
        new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.name("view")))).selectByVisibleText("只看超期");
        browser.findElement(By.cssSelector("button[data-view=delete]")).click();
        wait.until(d -> new Select(d.findElement(By.name("view"))).getOptions().size() == 1);

        // the supervision list: the supervised suggestions of the API, overdue ones marked
        browser.findElement(By.cssSelector("nav a[href='/supervision']")).click();
        long supervised = admin.get("/suggestions?supervised=true&limit=1").body().get("total").asLong();
        wait.until(d -> !d.findElements(By.cssSelector(supervised == 0 ? ".empty" : "table.supervision tbody tr")).isEmpty());
        if (supervised > 0) {
            assertEquals(String.valueOf(supervised), text(By.cssSelector(".count")).replaceAll("\\D", ""));
            long overdueShown = browser.findElements(By.cssSelector("table.supervision tbody tr.overdue")).size();
            long overdueThere = admin.get("/suggestions?supervised=true&overdue=true&limit=1").body().get("total").asLong();
            assertTrue(overdueShown <= overdueThere);
            shot("15-supervision");
        }

        // bulk actions: every registered item of the ledger ticked and passed by the group review in one run, each
        // item's outcome listed; then one of them routed from its own page
        long tb = System.nanoTime();
        JsonNode registered = admin.get("/suggestions?state=REGISTERED&limit=20").body();
        int ticked = registered.get("items").size();
        assertTrue("the demo data has registered items", ticked > 0);
        browser.get(site + "/ledger?state=REGISTERED");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.ledger tbody tr td.pick input")));
        browser.findElement(By.id("pick-all")).click();
        assertEquals(String.valueOf(ticked), browser.findElement(By.cssSelector(".bulk .picked")).getAttribute("data-picked"));
        new Select(field("bulkAction")).selectByValue("GROUP_PASS");
        browser.findElement(By.cssSelector("button[data-bulk=open]")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".bulk-form button[type=submit]"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button[data-bulk=reload]")));
        assertEquals(ticked, browser.findElements(By.cssSelector(".bulk-outcomes li[data-ok=true]")).size());
        shot("16-bulk-group-pass");
        for (JsonNode s : registered.get("items")) {
            assertEquals("TOWNSHIP_REVIEW", admin.get("/suggestions/" + s.get("id").asLong()).body().get("state").asText());
        }
        long toRoute = registered.get("items").get(0).get("id").asLong();
        browser.get(site + "/suggestions/" + toRoute);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-action=ROUTE]"))).click();
        new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.name("tier")))).selectByValue("COUNTY");
        act(null, wait);
        assertEquals("ROUTED", admin.get("/suggestions/" + toRoute).body().get("state").asText());
        System.out.printf("bulk group pass of %d and a route from the page: %d ms%n", ticked, ms(tb));

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

        // 3b. the lead unit's handler: a HANDLER user made by the admin, the first login lands on "my items"
        long city = admin.get("/regions/code/HB").body().get("id").asLong();
        String statsPath = "/stats/suggestions?regionId=" + city + "&by=REGION";
        long completedBefore = admin.get(statsPath).body().get("total").get("completed").asLong();
        JsonNode assigned = admin.get("/suggestions/" + id).body();
        long unitId = assigned.get("leadUnitId").asLong();
        long unitRegion = admin.get("/units/" + unitId).body().get("regionId").asLong();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long t2b = System.nanoTime();
        logout(wait);
        String handlerName = "web.handler." + suffix;
        String handlerPassword = newUser(handlerName, "承办单位经办人", "HANDLER", unitRegion,
                "unitId", unitId, admin);
        wait.until(ExpectedConditions.urlContains("/my-items"));
        WebElement mine = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("table.items tbody tr[data-id='" + id + "'] a")));
        Http handler = Http.login(site + "/api/v1", handlerName, handlerPassword, null);
        assertEquals(handler.get("/suggestions?unitId=" + unitId + "&limit=1").body().get("total").asText(),
                text(By.cssSelector(".count")).replaceAll("\\D", ""));
        // the unit's working order is the server's, so it holds across pages: the nearest deadline first
        List<String> byDeadline = new ArrayList<>();
        handler.get("/suggestions?unitId=" + unitId + "&sort=DEADLINE&limit=100").body().get("items")
                .forEach(s -> byDeadline.add(s.get("id").asText()));
        assertEquals(byDeadline, browser.findElements(By.cssSelector("table.items tbody tr")).stream()
                .map(r -> r.getAttribute("data-id")).toList());
        shot("09-handler-items");
        mine.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button[data-action=ACCEPT]")));
        // the handler's page offers the handler's actions only
        assertTrue(browser.findElements(By.cssSelector("button[data-action=ASSIGN]")).isEmpty());
        assertTrue(browser.findElements(By.cssSelector("button[data-action=DECIDE_EXTENSION]")).isEmpty());
        assertNotNull(browser.findElement(By.cssSelector("button[data-action=REQUEST_EXTENSION]")));
        act("ACCEPT", wait);
        assertEquals("HANDLING", admin.get("/suggestions/" + id).body().get("state").asText());
        browser.findElement(By.cssSelector("button[data-action=REPLY]")).click();
        new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.name("resultClass")))).selectByValue("A");
        String reply = "经研究已采纳，年内落实，感谢代表关注 " + suffix;
        field("text").sendKeys(reply);
        shot("10-handler-reply");
        act(null, wait);
        JsonNode replied = admin.get("/suggestions/" + id).body();
        assertEquals("REPLIED", replied.get("state").asText());
        assertEquals(reply, replied.get("replyText").asText());
        assertEquals("A", replied.get("resultClass").asText());
        System.out.printf("handler: first login, my items, accept and reply: %d ms%n", ms(t2b));

        // 3c. the deputy who proposed it: a DEPUTY user; "my suggestions", the reply, a SATISFIED evaluation
        long deputyId = replied.get("deputyIds").get(0).asLong();
        long deputyRegion = admin.get("/deputies/" + deputyId).body().get("regionId").asLong();
        long t2c = System.nanoTime();
        logout(wait);
        newUser("web.deputy." + suffix, "代表", "DEPUTY", deputyRegion, "deputyId", deputyId, admin);
        wait.until(ExpectedConditions.urlContains("/my-suggestions"));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("table.items tbody tr[data-id='" + id + "'] a"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), reply));
        assertTrue(browser.findElements(By.cssSelector("button[data-action=REPLY]")).isEmpty());
        for (String channel : List.of("ONLINE", "PAPER")) { // a region with dual evaluation takes a second, on paper
            browser.findElement(By.cssSelector("button[data-action=EVALUATE]")).click();
            new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.name("rating")))).selectByValue("SATISFIED");
            new Select(browser.findElement(By.name("channel"))).selectByValue(channel);
            shot("11-deputy-evaluate");
            act(null, wait);
            if (!"REPLIED".equals(admin.get("/suggestions/" + id).body().get("state").asText())) {
                break;
            }
        }
        JsonNode evaluated = admin.get("/suggestions/" + id).body();
        assertEquals("COMPLETED", evaluated.get("state").asText());
        assertEquals("SATISFIED", evaluated.get("rating").asText());
        shot("12-deputy-evaluated");
        System.out.printf("deputy: first login, my suggestions, evaluation: %d ms%n", ms(t2c));
        long completedAfter = admin.get(statsPath).body().get("total").get("completed").asLong();
        assertEquals(completedBefore + 1, completedAfter);

        // the deputy portal: a new suggestion of their own, their score explained, their QR code
        long t2d = System.nanoTime();
        browser.findElement(By.cssSelector("nav a[href='/my-suggestions']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='/my-suggestions/new']"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("suggestion-form")));
        new Select(field("category")).selectByValue("INFRASTRUCTURE");
        String ownTitle = "关于修缮村级文化广场的建议 " + suffix;
        field("title").sendKeys(ownTitle);
        field("content").sendKeys("文化广场地面破损，群众活动不便，建议纳入年度修缮计划。");
        browser.findElement(By.cssSelector("#suggestion-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), ownTitle));
        long own = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/suggestions/(\\d+).*", "$1"));
        JsonNode raised = admin.get("/suggestions/" + own).body();
        assertEquals(deputyId, raised.get("deputyIds").get(0).asLong());
        assertEquals(deputyRegion, raised.get("regionId").asLong());
        browser.findElement(By.cssSelector("nav a[href='/my-score']")).click();
        String year = String.valueOf(java.time.LocalDate.now().getYear());
        JsonNode score = admin.get("/scores/deputies/" + deputyId + "?period=" + year).body();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.score tbody tr")));
        assertEquals(score.get("total").asText(), text(By.cssSelector("[data-score=total]")));
        assertEquals(score.get("items").size(), browser.findElements(By.cssSelector("table.score tbody tr")).size());
        shot("13-deputy-score");
        // my ranking: the rank of the API's ranking of the deputy's region
        JsonNode lines = admin.get("/scores/rankings?regionId=" + deputyRegion + "&period=" + year + "&limit=500").body()
                .get("lines").get("items");
        String rank = null;
        for (JsonNode line : lines) {
            if (line.get("deputyId").asLong() == deputyId) {
                rank = line.get("rank").asText();
            }
        }
        assertNotNull("the deputy is ranked in their region", rank);
        assertEquals(rank, wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ranking .rank")))
                .getAttribute("data-rank"));
        // a duty entered in the register waits for review
        long pendingBefore = admin.get("/duties?deputyId=" + deputyId + "&status=PENDING&limit=1").body().get("total").asLong();
        browser.findElement(By.cssSelector("nav a[href='/my-duties']")).click();
        new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.name("dutyKind")))).selectByValue("VISIT");
        // a date control's typing order follows the browser's locale: its value is set as the page reads it
        setValue(field("date"), java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(1).toString());
        field("place").sendKeys("村民家中");
        field("evidence").sendKeys("走访农户 5 户，收集意见 2 条 " + suffix);
        browser.findElement(By.cssSelector("#duty-form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#duty-form .msg.ok")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("table.duties"), suffix));
        assertEquals(pendingBefore + 1,
                admin.get("/duties?deputyId=" + deputyId + "&status=PENDING&limit=1").body().get("total").asLong());
        shot("17-deputy-duties");
        // a draft pre-submitted before the session: no ledger number yet
        browser.findElement(By.cssSelector("nav a[href='/my-suggestions']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='/my-suggestions/new']"))).click();
        new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.name("category")))).selectByValue("EDUCATION");
        String draftTitle = "关于开通乡村学校校车的建议（预提交） " + suffix;
        field("title").sendKeys(draftTitle);
        field("content").sendKeys("偏远村组学生上学路远，建议开通校车。");
        browser.findElement(By.id("f-draft")).click();
        browser.findElement(By.cssSelector("#suggestion-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), draftTitle));
        long draft = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/suggestions/(\\d+).*", "$1"));
        assertEquals("PRE_SUBMITTED", admin.get("/suggestions/" + draft).body().get("state").asText());
        browser.findElement(By.cssSelector("nav a[href='/my-qr']")).click();
        WebElement qr = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-qr")));
        wait.until(d -> ((Number) ((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0", qr)).intValue() > 0);
        System.out.printf("deputy portal: new suggestion, score, QR code: %d ms%n", ms(t2d));

        // the staff member again, for the rest
        logout(wait);
        browser.get(site + "/login");
        field("username").sendKeys("admin");
        field("password").sendKeys(password);
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/ledger"));

        // the staff approve the duty the deputy entered: it leaves the review list and counts from now on
        long dutyId = -1;
        for (JsonNode d : admin.get("/duties?deputyId=" + deputyId + "&status=PENDING&limit=100").body().get("items")) {
            if (d.get("evidence").asText().contains(suffix)) {
                dutyId = d.get("id").asLong();
            }
        }
        assertTrue("the entered duty waits for review", dutyId > 0);
        browser.findElement(By.cssSelector("nav a[href='/duty-review']")).click();
        By approve = By.cssSelector("li[data-kind=record][data-id='" + dutyId + "'] button[data-review=approve]");
        wait.until(ExpectedConditions.elementToBeClickable(approve)).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(approve));
        assertEquals("APPROVED", admin.get("/duties/" + dutyId).body().get("status").asText());

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

        // the staff take the opinion up as a suggestion from the opinions register; its receipt then shows where
        // that suggestion stands
        long opinionId = recorded.get("id").asLong();
        browser.get(site + "/opinions");
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("li.opinion[data-id='" + opinionId + "'] button[data-opinion=promote]"))).click();
        new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.name("category")))).selectByValue("INFRASTRUCTURE");
        field("title").sendKeys("关于修复村口路灯的建议 " + suffix);
        new Select(field("deputyId")).selectByIndex(1);
        shot("18-opinion-promote");
        browser.findElement(By.cssSelector("form[id='promote-" + opinionId + "'] button[type=submit]")).click();
        wait.until(ExpectedConditions.urlMatches(".*/suggestions/\\d+$"));
        long promoted = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/suggestions/(\\d+).*", "$1"));
        assertEquals(promoted, anonymous.get("/opinions/receipt/" + receipt).body().get("suggestionId").asLong());
        browser.get(site + "/receipt?no=" + receipt);
        WebElement its = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".outcome-card")));
        assertEquals(admin.get("/suggestions/" + promoted).body().get("state").asText(), its.getAttribute("data-state"));
        assertEquals("false", its.getAttribute("data-published"));

        // the published outcomes: the item the deputy rated, with its reply, for anyone
        browser.get(site + "/outcomes");
        WebElement outcome = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("ul.outcomes li[data-id='" + id + "']")));
        assertTrue(outcome.getText(), outcome.getText().contains(reply));
        outcome.findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("outcome-reply"), reply));
        shot("19-public-outcome");

        // 5. the dashboard of the city, with the figures of the statistics API
        browser.manage().window().setSize(new Dimension(1280, 900));
        long t4 = System.nanoTime();
        JsonNode stats = admin.get(statsPath).body();
        browser.get(site + "/dashboard?regionId=" + city);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.stats tbody tr")));
        assertEquals(stats.get("total").get("raised").asText(), text(By.cssSelector("[data-kpi=raised]")));
        // the completed count includes the item the handler replied to and the deputy rated
        assertEquals(String.valueOf(completedAfter), stats.get("total").get("completed").asText());
        assertEquals(String.valueOf(completedAfter), text(By.cssSelector("[data-kpi=completed]")));
        assertEquals(stats.get("rows").size(), browser.findElements(By.cssSelector("table.stats tbody tr")).size());
        assertEquals(2, browser.findElements(By.cssSelector("figure.chart canvas")).size());
        System.out.printf("dashboard: %d ms%n", ms(t4));
        shot("07-dashboard");
        // by lead unit, for the year so far
        String jan1 = java.time.LocalDate.now().withDayOfYear(1).toString();
        JsonNode byUnit = admin.get("/stats/suggestions?regionId=" + city + "&by=UNIT&from=" + jan1).body();
        new Select(field("by")).selectByValue("UNIT");
        setValue(field("from"), jan1);
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("by=UNIT"));
        wait.until(d -> d.findElements(By.cssSelector("table.stats tbody tr")).size() == byUnit.get("rows").size());
        assertEquals(byUnit.get("total").get("raised").asText(), text(By.cssSelector("[data-kpi=raised]")));
        shot("20-dashboard-by-unit");

        // 5b. a practice's pages come and go with it: installed and activated on the console, its page listed and shown
        long t5 = System.nanoTime();
        Distribution.Result installed = karaf.client("admin", password, "feature:install -r lianxin-practice-studio");
        assertEquals(installed.output(), 0, installed.exit());
        assertTrue("studio live", Http.await(Duration.ofSeconds(60),
                () -> admin.get("/practices/studio/studios").status() == 200));
        Distribution.Result activated = karaf.client("admin", password, "practice:activate studio LS");
        assertTrue(activated.output(), activated.output().contains("active")); // the demo configuration may have it already
        long county = admin.get("/regions/code/LS").body().get("id").asLong();
        long township = admin.get("/regions?parentId=" + county + "&limit=1").body().get("items").get(0).get("id").asLong();
        String studioName = "网页测试工作室 " + suffix;
        Http.Response studio = admin.post("/practices/studio/studios", Http.map("regionId", township, "name", studioName,
                "brand", "连心", "theme", "EDUCATION", "stationId", null));
        assertEquals(studio.text(), 201, studio.status());
        browser.get(site + "/ledger");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#practice-menu summary"))).click();
        browser.findElement(By.cssSelector("#practice-menu a[data-practice=studio]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("table.practice[data-practice=studio] tbody"), studioName));
        assertEquals(admin.get("/practices/studio/studios?limit=1").body().get("total").asText(),
                text(By.cssSelector(".count")).replaceAll("\\D", ""));
        shot("14-practice-studios");
        // the dashboard shows the figures the installed practices publish for the city
        String studiosPage = browser.getCurrentUrl();
        JsonNode figures = admin.get("/stats/practices?regionId=" + city).body();
        assertTrue(figures.toString(), figures.size() > 0);
        browser.get(site + "/dashboard?regionId=" + city);
        wait.until(d -> d.findElements(By.cssSelector(".practice-figures section[data-practice]")).size() == figures.size());
        assertEquals(1, browser.findElements(By.cssSelector(".practice-figures section[data-practice=studio]")).size());
        shot("21-dashboard-practice-figures");
        browser.get(studiosPage);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("table.practice[data-practice=studio] tbody"), studioName));
        Distribution.Result removed = karaf.client("admin", password, "feature:uninstall -r lianxin-practice-studio");
        assertEquals(removed.output(), 0, removed.exit());
        assertTrue("studio gone", Http.await(Duration.ofSeconds(60),
                () -> admin.get("/practices/studio/studios").status() == 404));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main .msg.error")));
        assertTrue(browser.findElements(By.cssSelector("#practice-menu a[data-practice=studio]")).isEmpty());
        System.out.printf("practice page installed, shown and gone: %d ms%n", ms(t5));
        browser.get(site + "/dashboard?regionId=" + city);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.stats tbody tr")));

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

    /** The admin makes the user over REST; it logs in in the browser with its one-time password and changes it. */
    private String newUser(String username, String display, String role, long regionId, String scopeKey, long scopeId,
            Http admin) throws Exception {
        Http.Response created = admin.post("/users", Http.map("username", username, "displayName", display,
                "roles", List.of(role), "regionId", regionId, scopeKey, scopeId));
        assertEquals(created.text(), 201, created.status());
        String oneTime = created.body().get("oneTimePassword").asText();
        String password = "Web-" + UUID.randomUUID();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        if (!browser.getCurrentUrl().contains("/login")) {
            browser.get(browser.getCurrentUrl().replaceAll("(https?://[^/]+).*", "$1") + "/login");
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
        field("username").sendKeys(username);
        field("password").sendKeys(oneTime);
        browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password-form")));
        field("currentPassword").sendKeys(oneTime);
        field("newPassword").sendKeys(password);
        field("repeatPassword").sendKeys(password);
        browser.findElement(By.cssSelector("#password-form button[type=submit]")).click();
        return password;
    }

    /** Opens the action's form (unless null: it is open) and submits it; waits for the page to say it is done. */
    private void act(String action, WebDriverWait wait) {
        if (action != null) {
            browser.findElement(By.cssSelector("button[data-action=" + action + "]")).click();
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".action-form button[type=submit]"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".msg.ok")));
    }

    private void logout(WebDriverWait wait) {
        browser.findElement(By.xpath("//header//button[not(contains(@class,'lang'))]")).click();
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

    private void setValue(WebElement input, String value) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", input, value);
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
