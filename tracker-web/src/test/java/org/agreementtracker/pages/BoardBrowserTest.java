package org.agreementtracker.pages;

import org.agreementtracker.webtest.WebTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.TestPropertySource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The committee's pages in a real browser: logging in, the board and its filters, an agreement, the summary. */
@WebTest
// an application of its own: a cached one that Spring's test context pausing stopped and restarted no longer shows
// new events to its projections (every write then waits out tracker.projections.await-on-write), which these
// tests, reading what they just wrote, would trip over
@TestPropertySource(properties = "tracker.test.own-context=BoardBrowserTest")
class BoardBrowserTest extends InTheBrowser {

    private String signedAgreementWithMilestone() {
        String id = api.signedAgreement();
        api.plannedMilestone(id);
        return id;
    }

    @Test
    void aWrongPasswordKeepsTheUserOnTheLoginPageWithAMessage() {
        browser.logIn("committee", "not-the-password");

        assertThat(browser.path()).startsWith("/login?error");
        assertThat(browser.find("[role=alert]").getText()).contains("Wrong user name or password");
        browser.open("/login");
        browser.screenshot("login");
    }

    @Test
    void afterLoggingInTheHomePageIsTheBoard() {
        browser.driver().manage().deleteAllCookies();
        browser.open("/");
        assertThat(browser.path()).isEqualTo("/login");

        browser.logIn("committee", WebTest.COMMITTEE_PASSWORD);

        assertThat(browser.path()).isEqualTo("/board");
        assertThat(browser.find("h1").getText()).isEqualTo("Agreements");
        assertThat(browser.find(".site-header").getText()).contains("committee");
    }

    @Test
    void theBoardFiltersByTextAndStatus() {
        String id = signedAgreementWithMilestone();
        String ref = refOf(id);
        String draft = api.registeredAgreement();
        browser.logIn("committee", WebTest.COMMITTEE_PASSWORD);

        browser.navigate(() -> browser.find("#q").sendKeys(ref.substring(0, ref.length() - 2) + Keys.ENTER));
        List<WebElement> rows = browser.all("tr.agreement-row");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getText()).contains(ref).contains("Signed").contains("0 of 1 achieved");
        assertThat(browser.find("#result-count").getText()).contains("of 1 agreements");

        browser.find("#q").clear();
        new Select(browser.find("#status")).selectByVisibleText("Draft");
        browser.navigate(() -> browser.find(".filters button[type=submit]").click());
        assertThat(browser.path()).contains("status=DRAFT");
        assertThat(browser.all("tr.agreement-row .ref")).extracting(WebElement::getText)
                                                       .contains(refOf(draft)).doesNotContain(ref);
        assertThat(browser.all("tr.agreement-row .status")).extracting(WebElement::getText).containsOnly("Draft");
        browser.screenshot("board-filtered");
    }

    @Test
    void theBoardShowsConfidenceAsColourAndWords() {
        String id = signedAgreementWithMilestone();
        var review = api.as("chair").post("/api/v1/agreements/" + id + "/reviews").json("""
                {"reviewedOn": "2025-06-30", "score": "MINIMAL", "confidence": "AMBER",
                 "findings": "Talks scheduled", "actions": []}
                """).send();
        assertThat(review.status()).as(review.toString()).isEqualTo(201);
        browser.logIn("committee", WebTest.COMMITTEE_PASSWORD);

        browser.open("/board?q=" + refOf(id));

        WebElement chip = browser.find("tr.agreement-row .chip");
        assertThat(chip.getText()).isEqualTo("Amber");
        assertThat(chip.getAttribute("class")).contains("conf-AMBER");
        assertThat(browser.find("tr.agreement-row .score").getText()).isEqualTo("Minimal (1)");
    }

    @Test
    void theBoardSortsAndPages() {
        for (int i = 0; i < 3; i++) {
            api.registeredAgreement();
        }
        browser.logIn("committee", WebTest.COMMITTEE_PASSWORD);
        browser.open("/board");

        browser.navigate(() -> browser.find("th a[href*='sort=STATUS']").click());
        assertThat(browser.find("th[aria-sort=ascending]").getText()).contains("Status");
        browser.navigate(() -> browser.find("th[aria-sort=ascending] a").click());
        assertThat(browser.find("th[aria-sort=descending]").getText()).contains("Status");

        browser.open("/board?status=DRAFT&size=2");
        assertThat(browser.all("tr.agreement-row")).hasSize(2);
        assertThat(browser.all("a[rel=prev]")).isEmpty();
        browser.navigate(() -> browser.find("a[rel=next]").click());
        assertThat(browser.path()).contains("status=DRAFT").contains("size=2").contains("page=1");
        assertThat(browser.find("#result-count").getText()).startsWith("Showing 3–");
        assertThat(browser.all("tr.agreement-row .status")).extracting(WebElement::getText).containsOnly("Draft");
        assertThat(browser.all("a[rel=prev]")).hasSize(1);

        browser.open("/board");
        browser.screenshot("board");
    }

    @Test
    void anAgreementShowsItsLifecycleMilestonesAndBothSides() {
        String id = signedAgreementWithMilestone();
        String ref = refOf(id);
        browser.logIn("committee", WebTest.COMMITTEE_PASSWORD);
        browser.open("/board?q=" + ref);

        browser.navigate(() -> browser.find("tr.agreement-row a.ref").click());

        assertThat(browser.path()).isEqualTo("/agreements/" + id);
        assertThat(browser.find("h1").getText()).contains(ref);
        assertThat(browser.all(".timeline li")).extracting(WebElement::getText)
                                               .anySatisfy(step -> assertThat(step).contains("Signed"));
        WebElement milestone = browser.find("article.milestone");
        assertThat(milestone.getText()).contains("Joint staff talks held").contains("Side PK").contains("Side BY");
        assertThat(browser.all(".report-link")).as("the committee reports through the API, not here").isEmpty();
        browser.screenshot("agreement");
    }

    @Test
    void anIndicatorIsDrawnAgainstItsTarget() {
        String id = api.signedAgreement();
        String milestone = api.plannedMilestone(id, """
                {"title": "Workers employed", "dueOn": "2027-12-31", "owner": "PK-MOD",
                 "indicator": {"name": "Pakistani workers employed in Belarus", "unit": "persons", "target": 150000}}
                """);
        var report = api.as("officer-pk-mod").post("/api/v1/agreements/" + id + "/milestones/" + milestone + "/reports")
                        .json("""
                              {"occurredOn": "2025-10-31", "status": "IN_PROGRESS", "progressPercent": 1,
                               "indicatorValue": 1200, "note": "First placements"}
                              """).send();
        assertThat(report.status()).as(report.toString()).isEqualTo(201);
        browser.logIn("auditor", "auditor-password");

        browser.open("/agreements/" + id);

        assertThat(browser.find("figure.indicator figcaption").getText()).contains("150,000");
        assertThat(browser.all("figure.indicator svg circle")).hasSize(1);
        assertThat(browser.find("figure.indicator table").getText()).contains("PK").contains("1,200");
        browser.screenshot("agreement-indicator");
    }

    @Test
    void theSummaryPrintViewAndCsvAreThere() {
        String ref = refOf(signedAgreementWithMilestone());
        browser.logIn("committee", WebTest.COMMITTEE_PASSWORD);

        browser.navigate(() -> browser.find("nav a[href='/summary']").click());
        assertThat(browser.find("h1").getText()).isEqualTo("Summary");
        assertThat(browser.all(".card h2")).extracting(WebElement::getText)
                                           .contains("Agreements by status", "Overdue milestones by body");
        browser.screenshot("summary");

        browser.open("/board");
        browser.navigate(() -> browser.find("a[href^='/board/print']").click());
        assertThat(browser.find("h1").getText()).isEqualTo("Agreements: implementation status");
        assertThat(browser.all("table.print-table tbody tr")).isNotEmpty();
        browser.screenshot("board-print");

        Object csv = ((ChromeDriver) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('/board/export.csv?q=" + ref + "').then(r => r.text()).then(done)");
        assertThat(csv.toString().lines()).hasSize(2);
        assertThat(csv.toString().lines().findFirst().orElseThrow()).startsWith("Ref,Title,Kind,Status");
        assertThat(csv.toString()).contains(ref + ",Agreement on Cooperation between the Ministries of Defence,"
                                                    + "AGREEMENT,SIGNED,DEFENCE,PK-MOD BY-MOD,2025-04-11,1,0,0");

        var anonymous = api.anonymous().get("/board/export.csv").send();
        assertThat(anonymous.status()).as("the export needs a login too").isEqualTo(302);
        assertThat(anonymous.header("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
    }

    @Test
    void aPageSessionDoesNotOpenTheApi() {
        browser.logIn("committee", WebTest.COMMITTEE_PASSWORD);
        browser.open("/board");

        // the API has no CSRF protection because nothing rides on a cookie there: the pages' session must not count
        var withSession = api.anonymous().get("/api/v1/bodies").header("Cookie", browser.sessionCookie()).send();
        assertThat(withSession.status()).isEqualTo(401);
        var board = api.anonymous().get("/board").header("Cookie", browser.sessionCookie()).send();
        assertThat(board.status()).as("the same cookie does open the pages").isEqualTo(200);
    }

    @Test
    void theKeyboardReachesTheSkipLinkFirstAndFocusIsVisible() {
        browser.logIn("committee", WebTest.COMMITTEE_PASSWORD);
        browser.open("/board");

        browser.find("body").sendKeys(Keys.TAB);
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        assertThat(chrome.executeScript("return document.activeElement.className")).isEqualTo("skip-link");
        browser.find("body").sendKeys(Keys.TAB);
        Object outline = chrome.executeScript("return getComputedStyle(document.activeElement).outlineStyle");
        assertThat(outline).isEqualTo("solid");
    }

    /** The first few elements that reach past the right edge of the window, to say what made a page too wide. */

    @Test
    void thePagesFitAPhone() {
        String id = signedAgreementWithMilestone();
        browser.logIn("committee", WebTest.COMMITTEE_PASSWORD);
        browser.size(390, 844);
        try {
            for (var page : Map.of("board", "/board", "agreement", "/agreements/" + id, "summary", "/summary")
                               .entrySet()) {
                browser.open(page.getValue());
                assertThat(scrollsSideways()).as(() -> page.getKey() + " scrolls sideways on a phone; wider than the "
                        + "screen: " + widerThanTheScreen()).isFalse();
                browser.screenshot(page.getKey() + "-phone");
            }
        } finally {
            browser.size(1280, 800);
        }
    }
}
