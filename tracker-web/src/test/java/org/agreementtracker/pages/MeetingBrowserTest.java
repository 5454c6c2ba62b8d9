package org.agreementtracker.pages;

import org.agreementtracker.webtest.Api;
import org.agreementtracker.webtest.WebTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committee's meeting in a real browser, as the "done when" walks it: plan a meeting, open its drafted
 * agenda, download its pack, record it held, record decisions with action items; the owner body's officer reports
 * one done with evidence; the next meeting's agenda shows the one still open and not the one done. Each step leaves
 * a screenshot ({@code target/screenshots/meeting-*.png}).
 */
@WebTest
// an application of its own, as MinistryBrowserTest explains: these steps read what they just wrote
@TestPropertySource(properties = "tracker.test.own-context=MeetingBrowserTest")
class MeetingBrowserTest extends InTheBrowser {

    private static final String CHAIR = "chair";
    private static final String OFFICER = "officer-pk-mod";

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** Sets a field's value as a date picker would, whatever the browser's locale makes of typed dates. */
    private void setValue(String css, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", browser.find(css),
                                                              value);
    }

    private String planMeeting(String title) {
        browser.open("/meetings");
        browser.find("#title").sendKeys(title);
        browser.navigate(() -> browser.find(".plan-form button[type=submit]").click());
        assertThat(browser.path()).startsWith("/meetings/");
        return browser.path().substring("/meetings/".length());
    }

    private void decide(String text, String agreementId, String action, String owner, LocalDate dueOn) {
        browser.find("#text").sendKeys(text);
        new Select(browser.find("#agreementId")).selectByValue(agreementId);
        browser.find("#actionTitle").sendKeys(action);
        new Select(browser.find("#actionOwner")).selectByValue(owner);
        setValue("#actionDueOn", dueOn.toString());
        browser.navigate(() -> browser.find(".decision-form button[type=submit]").click());
        assertThat(browser.find("#confirmation").getText()).contains("decision is recorded");
    }

    private List<String> agendaItems() {
        return browser.all("li.agenda-item").stream().map(WebElement::getText).toList();
    }

    private String pdfText(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                           .header("Cookie", browser.sessionCookie()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theCommitteePlansHoldsAndMinutesAMeetingAndTheNextAgendaFollowsItsActionsUp() throws Exception {
        String agreementId = api.signedAgreement();
        api.plannedMilestone(agreementId); // due 2025-12-31, overdue
        String ref = refOf(agreementId);
        browser.logIn(CHAIR, Api.password(CHAIR));

        browser.open("/meetings");
        browser.screenshot("meeting-1-plan");
        String meetingId = planMeeting("Coordination Committee, 9th session");
        assertThat(browser.find("h1").getText()).isEqualTo("Coordination Committee, 9th session");
        assertThat(agendaItems()).anySatisfy(item -> assertThat(item).contains("Milestone due", ref,
                                                                               "Overdue since 2025-12-31"));
        browser.screenshot("meeting-2-agenda");

        String packPath = URI.create(browser.find("a.pack-link").getAttribute("href")).getPath();
        assertThat(pdfText(packPath)).contains("Coordination Committee, 9th session", "Board as of", ref);

        browser.find("#attendees").sendKeys("Ishaq Dar\nMaxim Ryzhenkov");
        browser.navigate(() -> browser.find(".held-form button[type=submit]").click());
        assertThat(browser.find("#confirmation").getText()).contains("recorded as held");
        browser.screenshot("meeting-3-held");

        decide("Staff talks go ahead in Rawalpindi", agreementId, "Send the talks' agenda to Minsk", "PK-MOD",
               today().plusDays(30));
        browser.find("#text").clear();
        decide("Belarus names its delegation", agreementId, "Name the delegation", "BY-MOD", today().plusDays(45));
        assertThat(browser.find("#decisions").getText()).contains("Send the talks' agenda to Minsk",
                                                                  "Name the delegation", "Open");
        browser.screenshot("meeting-4-decisions");

        browser.logIn(OFFICER, Api.password(OFFICER));
        browser.open("/ministry");
        WebElement mine = browser.all("section.my-actions li.action-item").stream()
                                 .filter(item -> item.getText().contains("Send the talks' agenda to Minsk"))
                                 .findFirst().orElseThrow();
        assertThat(browser.find("section.my-actions").getText()).doesNotContain("Name the delegation");
        browser.screenshot("meeting-5-ministry-actions");
        browser.navigate(() -> mine.findElement(By.cssSelector("a.action-report-link")).click());
        new Select(browser.find("#status")).selectByValue("DONE");
        browser.find("#note").sendKeys("Agenda sent by letter 114");
        browser.find("#evidenceTitle").sendKeys("Letter 114");
        browser.find("#evidenceUrl").sendKeys("https://mod.gov.pk/letters/114");
        browser.screenshot("meeting-6-action-report");
        browser.navigate(() -> browser.find("button[type=submit].primary").click());
        assertThat(browser.path()).isEqualTo("/ministry");
        assertThat(browser.find("#action-recorded").getText()).contains("Send the talks' agenda to Minsk", "Done");
        browser.screenshot("meeting-7-action-done");

        browser.logIn(CHAIR, Api.password(CHAIR));
        browser.open("/meetings/" + meetingId);
        assertThat(browser.find("#decisions").getText()).contains("Done", "Agenda sent by letter 114");
        planMeeting("Coordination Committee, 10th session");
        List<String> next = agendaItems();
        assertThat(next).anySatisfy(item -> assertThat(item).contains("Open action item", "Name the delegation",
                                                                      "Owner BY-MOD"));
        assertThat(next).noneSatisfy(item -> assertThat(item).contains("Send the talks' agenda to Minsk"));
        browser.screenshot("meeting-8-next-agenda");
        browser.size(390, 844);
        assertThat(scrollsSideways()).as("%s", widerThanTheScreen()).isFalse();
        browser.screenshot("meeting-8-next-agenda-390");
        browser.size(1280, 900);
    }

    @Test
    void aBadFormShowsEveryErrorAtOnceInPlaceKeepsWhatWasTypedAndRecordsNothing() {
        browser.logIn(CHAIR, Api.password(CHAIR));
        browser.open("/meetings");
        int before = api.read("/api/v1/meetings").size();
        setValue("#heldOn", "");
        browser.find("#invited").sendKeys("Ishaq Dar");
        browser.navigate(() -> browser.find(".plan-form button[type=submit]").click());

        WebElement errors = browser.find(".form-errors");
        assertThat(errors.getText()).contains("Date of the meeting", "Title: give the meeting a title");
        assertThat(browser.find("#title").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#heldOn").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#title").getAttribute("aria-required")).isEqualTo("true");
        assertThat(browser.find("#invited").getAttribute("value")).isEqualTo("Ishaq Dar");
        assertThat(api.read("/api/v1/meetings").size()).isEqualTo(before);
        browser.screenshot("meeting-plan-errors");
    }

    @Test
    void officersAreOfferedNoCommitteeFormAndAForgedOneIsRefused() {
        browser.logIn(OFFICER, Api.password(OFFICER));
        browser.open("/meetings");
        assertThat(browser.all(".plan-form")).isEmpty();
        String cookie = browser.sessionCookie();
        HttpResponse<String> forged;
        try {
            forged = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/meetings"))
                               .header("Cookie", cookie)
                               .header("Content-Type", "application/x-www-form-urlencoded")
                               .POST(HttpRequest.BodyPublishers.ofString("title=Forged&heldOn=2027-01-01")).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(api.read("/api/v1/meetings").findValuesAsString("title")).doesNotContain("Forged");
    }
}
