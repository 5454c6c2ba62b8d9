package org.agreementtracker.pages;

import tools.jackson.databind.JsonNode;
import org.agreementtracker.webtest.Api;
import org.agreementtracker.webtest.WebTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages as of a moment (the date picker, the banner, links that stay in the past) and an agreement's history. */
@WebTest
// an application of its own, as BoardBrowserTest explains: these tests read what they just wrote
@TestPropertySource(properties = "tracker.test.own-context=AsOfBrowserTest")
class AsOfBrowserTest extends InTheBrowser {

    static final String OFFICER = "officer-pk-mod";

    private void reportAchieved(String agreementId, String milestoneId) {
        var report = api.as(OFFICER).post("/api/v1/agreements/" + agreementId + "/milestones/" + milestoneId
                                                  + "/reports")
                        .json("""
                              {"occurredOn": "2025-07-01", "status": "ACHIEVED", "note": "Talks held in Rawalpindi"}
                              """).send();
        assertThat(report.status()).as(report.toString()).isEqualTo(201);
    }

    @Test
    void theBoardAsOfAMomentLeavesOutWhatWasRecordedAfterItAndSaysSo() throws InterruptedException {
        String id = api.signedAgreement();
        String milestone = api.plannedMilestone(id);
        String ref = refOf(id);
        Thread.sleep(20); // the moment lies strictly between the plan and the report
        Instant moment = Instant.now();
        Thread.sleep(20);
        reportAchieved(id, milestone);
        browser.logIn("officer-pk-mod", Api.password(OFFICER));

        browser.open("/board?q=" + ref + "&asOf=" + moment);

        assertThat(browser.find(".as-of-banner").getText())
                .startsWith("As the tracker knew it on " + new PageDates().at(moment)).endsWith("back to now");
        WebElement row = browser.find("tr.agreement-row");
        assertThat(row.getText()).contains(ref).contains("0 of 1 achieved");
        assertThat(browser.find("#as-of-date").getAttribute("value")).isEqualTo(moment.toString().substring(0, 10));
        browser.screenshot("board-as-of");

        // every link stays in the past: the agreement, the sorting, the exports
        assertThat(browser.find("th a[href*='sort=STATUS']").getAttribute("href")).contains("asOf=" + moment);
        assertThat(browser.find("a[href^='/board/print']").getAttribute("href")).contains("asOf=" + moment);
        assertThat(browser.find("a[href^='/board/export.csv']").getAttribute("href")).contains("asOf=" + moment);
        browser.navigate(() -> browser.find("tr.agreement-row a.ref").click());
        assertThat(browser.path()).isEqualTo("/agreements/" + id + "?asOf=" + moment);
        assertThat(browser.find(".as-of-banner").isDisplayed()).isTrue();
        assertThat(browser.find("article.milestone").getText()).contains("Not reported").doesNotContain("Achieved");
        assertThat(browser.all(".report-link")).as("nothing is written into the past").isEmpty();
        browser.screenshot("agreement-as-of");

        browser.navigate(() -> browser.find(".as-of-banner a").click());
        assertThat(browser.path()).isEqualTo("/agreements/" + id);
        assertThat(browser.all(".as-of-banner")).isEmpty();
        assertThat(browser.find("article.milestone").getText()).contains("Achieved");
        assertThat(browser.all(".report-link")).as("now the officer may report again").hasSize(1);
        browser.open("/board?q=" + ref);
        assertThat(browser.find("tr.agreement-row").getText()).contains("1 of 1 achieved");
    }

    @Test
    void theDatePickerReloadsThePageAtTheEndOfTheChosenDayKeepingItsFilters() {
        String ref = refOf(api.signedAgreement());
        browser.logIn("committee", WebTest.COMMITTEE_PASSWORD);
        browser.open("/board?q=" + ref);
        assertThat(browser.all("tr.agreement-row")).hasSize(1);

        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        ((ChromeDriver) browser.driver()).executeScript("arguments[0].value = arguments[1]",
                                                        browser.find("#as-of-date"), yesterday.toString());
        browser.navigate(() -> browser.find("form.as-of button[type=submit]").click());
        // the form's answer is a redirect: wait for the page it leads to
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(page -> browser.path().contains("asOf="));

        assertThat(browser.path()).isEqualTo("/board?q=" + ref + "&asOf=" + yesterday + "T23:59:59.999999999Z");
        assertThat(browser.find(".as-of-banner").getText()).contains(yesterday + " 23:59 UTC");
        assertThat(browser.all("tr.agreement-row")).as("registered today: not known yesterday").isEmpty();
        assertThat(browser.find("input[type=hidden][name=asOf]").getAttribute("value"))
                .as("filtering again stays yesterday").isEqualTo(yesterday + "T23:59:59.999999999Z");

        browser.open("/summary?asOf=" + yesterday + "T12:00:00Z");
        assertThat(browser.find("#as-of-time").getAttribute("value")).isEqualTo("12:00");
        assertThat(browser.find("nav a[href^='/board']").getAttribute("href")).contains("asOf=" + yesterday);
        browser.screenshot("summary-as-of");
    }

    @Test
    void aMomentThatIsNoMomentIsABadRequestPage() {
        browser.logIn("committee", WebTest.COMMITTEE_PASSWORD);

        browser.open("/board?asOf=last-tuesday");

        assertThat(browser.find(".error-status").getText()).isEqualTo("400");
        assertThat(browser.find(".detail").getText()).contains("“last-tuesday” is not a moment");
        var page = api.anonymous().get("/summary?asOf=2025-13-45").header("Cookie", browser.sessionCookie()).send();
        assertThat(page.status()).isEqualTo(400);
        var picked = api.anonymous().get("/as-of?date=2025-06-30&time=25:99&back=/board")
                        .header("Cookie", browser.sessionCookie()).send();
        assertThat(picked.status()).isEqualTo(400);
        var elsewhere = api.anonymous().get("/as-of?date=2025-06-30&back=//evil.example/board")
                           .header("Cookie", browser.sessionCookie()).send();
        assertThat(elsewhere.header("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("evil")
                                                                                        .contains("/board?asOf="));
    }

    @Test
    void theHistoryListsEveryEventWithItsHashAndShowsACorrectionAsOne() {
        String id = api.signedAgreement();
        String milestone = api.plannedMilestone(id);
        reportAchieved(id, milestone);
        List<JsonNode> history = api.as("auditor").get("/api/v1/agreements/" + id + "/history").send().json()
                                    .valueStream().toList();
        long reportPosition = history.get(history.size() - 1).path("position").asLong();
        var correction = api.as("chair").post("/api/v1/events/" + reportPosition + "/correction")
                            .json("{\"reason\": \"Talks were held on 30 June\", "
                                          + "\"replacement\": {\"status\": \"ACHIEVED\", \"progressPercent\": 100}}")
                            .send();
        assertThat(correction.status()).as(correction.toString()).isEqualTo(201);
        browser.logIn("auditor", Api.password("auditor"));
        browser.open("/agreements/" + id);

        browser.navigate(() -> browser.find("a.history-link").click());

        assertThat(browser.path()).isEqualTo("/agreements/" + id + "/history");
        List<WebElement> events = browser.all("li.history-event");
        assertThat(events).extracting(event -> event.findElement(By.tagName("strong")).getText())
                          .containsExactly("#0 Registered", "#1 Signed", "#2 Milestone planned",
                                           "#3 Progress reported", "#4 Report corrected");
        List<JsonNode> recorded = api.as("auditor").get("/api/v1/agreements/" + id + "/history").send().json()
                                     .valueStream().toList();
        for (int i = 0; i < events.size(); i++) {
            WebElement hash = events.get(i).findElement(By.cssSelector(".hash"));
            String full = recorded.get(i).path("hash").asString();
            assertThat(full).matches("[0-9a-f]{64}");
            assertThat(hash.getAttribute("title")).isEqualTo(full);
            assertThat(hash.getText()).isEqualTo("Chain hash " + full.substring(0, 12) + "…");
        }
        WebElement report = events.get(3);
        assertThat(report.getText()).contains("on 2025-07-01").contains("by " + OFFICER + " (ministry officer)")
                                    .contains("side PK").contains("status: ACHIEVED")
                                    .contains("note: Talks held in Rawalpindi");
        WebElement corrected = events.get(4);
        assertThat(corrected.getAttribute("class")).contains("correction");
        assertThat(corrected.getText()).contains("Correction of event #3").contains("Reason: Talks were held on 30 June")
                                       .contains("by chair (committee)").contains("progressPercent: 100");
        browser.screenshot("history");
    }

    @Test
    void aMeetingLinksToTheBoardItSawAndListsWhatWasRecordedLater() throws InterruptedException {
        String id = api.signedAgreement();
        String milestone = api.plannedMilestone(id);
        String ref = refOf(id);
        String title = "Joint Ministerial Commission " + ref;
        var meeting = api.as("chair").post("/api/v1/meetings").json("""
                {"heldOn": "%s", "title": "%s", "attendees": ["Ishaq Dar", "Maxim Ryzhenkov"]}
                """.formatted(LocalDate.now(ZoneOffset.UTC), title)).send();
        assertThat(meeting.status()).as(meeting.toString()).isEqualTo(201);
        Thread.sleep(20);
        reportAchieved(id, milestone);
        browser.logIn("committee", WebTest.COMMITTEE_PASSWORD);
        browser.open("/board");

        browser.navigate(() -> browser.find("nav a[href='/meetings']").click());

        WebElement card = browser.all("article.meeting").stream()
                                 .filter(article -> article.getText().contains(title)).findFirst().orElseThrow();
        card.findElement(By.tagName("summary")).click();
        WebElement group = card.findElements(By.cssSelector("section.hindsight-group")).stream()
                               .filter(section -> section.findElement(By.tagName("h3")).getText().contains(ref))
                               .findFirst().orElseThrow();
        assertThat(group.findElement(By.tagName("h3")).getText())
                .isEqualTo(ref + " · Agreement on Cooperation between the Ministries of Defence");
        assertThat(group.findElements(By.cssSelector("li.hindsight"))).extracting(WebElement::getText)
                .anySatisfy(line -> assertThat(line).contains("Progress reported: PK-MOD (PK) reported")
                                                    .contains("“Joint staff talks held” achieved as of 2025-07-01"));
        browser.screenshot("meetings");

        browser.navigate(() -> card.findElement(By.cssSelector("a.board-then")).click());
        assertThat(browser.path()).startsWith("/board?asOf=");
        assertThat(browser.find(".as-of-banner").isDisplayed()).isTrue();
        browser.navigate(() -> browser.find("#q").sendKeys(ref + org.openqa.selenium.Keys.ENTER));
        assertThat(browser.path()).contains("q=" + ref).contains("asOf=");
        assertThat(browser.find("tr.agreement-row").getText()).as("the meeting did not know of the report")
                                                          .contains("0 of 1 achieved");
    }
}
