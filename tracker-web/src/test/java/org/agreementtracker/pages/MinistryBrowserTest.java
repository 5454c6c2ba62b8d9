package org.agreementtracker.pages;

import org.agreementtracker.webtest.Api;
import org.agreementtracker.webtest.WebTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A ministry officer in a real browser: their milestones, the report form with its errors and its confirmation,
 * and what they may not do, neither offered nor accepted when forged.
 */
@WebTest
// an application of its own: a cached one that Spring's test context pausing stopped and restarted no longer shows
// new events to its projections (every write then waits out tracker.projections.await-on-write), which these
// tests, reading what they just wrote, would trip over
@TestPropertySource(properties = "tracker.test.own-context=MinistryBrowserTest")
class MinistryBrowserTest extends InTheBrowser {

    /** Of PK-MOD, which owns the milestones {@link Api#plannedMilestone} plans. */
    static final String OFFICER = "officer-pk-mod";
    /** Of PK-MOFA: neither owner nor party of the defence ministries' agreements. */
    static final String OTHER_OFFICER = "officer-pk";

    private String reportPath(String agreementId, String milestoneId) {
        return "/ministry/agreements/" + agreementId + "/milestones/" + milestoneId + "/report";
    }

    /** The officer's list, then the report link of the agreement's row. */
    private void openReportFormFromMyMilestones(String ref) {
        browser.navigate(() -> browser.find("nav a[href='/ministry']").click());
        WebElement row = browser.all("tr.ministry-row").stream()
                                .filter(candidate -> candidate.getText().contains(ref))
                                .findFirst().orElseThrow();
        browser.navigate(() -> row.findElement(org.openqa.selenium.By.cssSelector("a.report-link")).click());
    }

    @Test
    void anOfficerReportsAndTheBoardShowsIt() {
        String id = api.signedAgreement();
        api.plannedMilestone(id);
        String ref = refOf(id);
        browser.logIn(OFFICER, Api.password(OFFICER));
        browser.navigate(() -> browser.find("nav a[href='/ministry']").click());
        browser.screenshot("ministry");

        openReportFormFromMyMilestones(ref);
        assertThat(browser.find("h1").getText()).isEqualTo("Report progress");
        browser.screenshot("report-form");
        new Select(browser.find("#status")).selectByVisibleText("Achieved");
        browser.find("#progressPercent").sendKeys("100");
        browser.find("#note").sendKeys("Talks held in Rawalpindi");
        browser.find("#evidenceTitle").sendKeys("Minutes of the talks");
        browser.find("#evidenceUrl").sendKeys("https://example.org/minutes.pdf");
        browser.navigate(() -> browser.find("button[type=submit].primary").click());

        assertThat(browser.path()).isEqualTo("/ministry");
        WebElement recorded = browser.find("#recorded");
        assertThat(recorded.getText()).contains(ref).contains("Achieved").contains("Talks held in Rawalpindi")
                                      .contains("Minutes of the talks");
        browser.screenshot("report-recorded");

        browser.open("/board?q=" + ref);
        WebElement row = browser.find("tr.agreement-row");
        assertThat(row.getText()).contains("1 of 1 achieved, 0 confirmed");
        browser.open("/agreements/" + id);
        assertThat(browser.find("article.milestone").getText()).contains("Claimed by one side").contains("Achieved");
    }

    @Test
    void aBadFormShowsItsErrorsInPlaceAndRecordsNothing() {
        String id = api.signedAgreement();
        String milestone = api.plannedMilestone(id);
        browser.logIn(OFFICER, Api.password(OFFICER));
        browser.open(reportPath(id, milestone));

        browser.find("#progressPercent").sendKeys("lots");
        browser.find("#evidenceUrl").sendKeys("https://example.org/no-title.pdf");
        browser.navigate(() -> browser.find("button[type=submit].primary").click());

        assertThat(browser.find("#form-errors").getText()).contains("The report was not recorded");
        assertThat(browser.find("#status-error").getText()).isEqualTo("choose where the milestone stands");
        assertThat(browser.find("#note-error").getText()).isEqualTo("write what happened");
        assertThat(browser.find("#progressPercent-error").getText()).isEqualTo("must be a whole number");
        assertThat(browser.find("#evidenceTitle-error").getText()).isEqualTo("give the document a title");
        assertThat(browser.find("#progressPercent").getAttribute("value")).as("kept as typed").isEqualTo("lots");
        assertThat(browser.find("#status").getAttribute("aria-describedby")).isEqualTo("status-error");
        browser.screenshot("report-form-errors");

        var detail = api.as("auditor").get("/api/v1/agreements/" + id).send().json();
        assertThat(detail.path("milestones").get(0).path("reports").size()).isZero();
    }

    @Test
    void aRuleOfTheAggregateIsShownOnTheForm() {
        String id = api.signedAgreement();
        String milestone = api.plannedMilestone(id);
        browser.logIn(OFFICER, Api.password(OFFICER));
        browser.open(reportPath(id, milestone));

        new Select(browser.find("#status")).selectByVisibleText("In progress");
        browser.find("#note").sendKeys("Evidence on a file share");
        browser.find("#evidenceTitle").sendKeys("Minutes");
        browser.find("#evidenceUrl").sendKeys("ftp://example.org/minutes.pdf");
        browser.navigate(() -> browser.find("button[type=submit].primary").click());

        assertThat(browser.find("#form-errors").getText()).contains("The report was not recorded");
        assertThat(browser.find("#evidenceUrl-error").getText()).isNotBlank();
    }

    @Test
    void whatAUserMayNotDoIsNotOfferedAndRefusedWhenForged() {
        String id = api.signedAgreement();
        String milestone = api.plannedMilestone(id);

        browser.logIn("auditor", "auditor-password");
        assertThat(browser.all("nav a[href='/ministry']")).isEmpty();
        browser.open("/agreements/" + id);
        assertThat(browser.all(".report-link")).isEmpty();
        browser.open("/ministry");
        assertThat(browser.find("h1").getText()).isEqualTo("Not allowed");
        assertThat(browser.find(".error-status").getText()).isEqualTo("403");
        browser.screenshot("forbidden");

        browser.logIn(OTHER_OFFICER, Api.password(OTHER_OFFICER));
        browser.open("/agreements/" + id);
        assertThat(browser.all(".report-link")).as("PK-MOFA is neither owner nor party").isEmpty();
        browser.open(reportPath(id, milestone));
        assertThat(browser.find("h1").getText()).isEqualTo("Not allowed");

        // forged: a form of this officer's own session (with its CSRF token) posted to the milestone anyway
        browser.open("/ministry");
        browser.navigate(() -> ((ChromeDriver) browser.driver()).executeScript("""
                const form = document.createElement('form');
                form.method = 'post';
                form.action = arguments[0];
                const fields = {_csrf: document.querySelector('input[name=_csrf]').value, status: 'ACHIEVED',
                                note: 'Forged'};
                for (const [name, value] of Object.entries(fields)) {
                    const input = document.createElement('input');
                    input.name = name; input.value = value; form.appendChild(input);
                }
                document.body.appendChild(form);
                form.submit();
                """, reportPath(id, milestone)));

        assertThat(browser.find(".error-status").getText()).isEqualTo("403");
        assertThat(browser.find(".detail").getText()).contains("PK-MOFA may not report");
        assertThat(browser.all("form.report-form")).as("no form to try again").isEmpty();
        browser.screenshot("report-forged-refused");
        var detail = api.as("auditor").get("/api/v1/agreements/" + id).send().json();
        assertThat(detail.path("milestones").get(0).path("reports").size()).isZero();
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        String id = api.signedAgreement();
        String milestone = api.plannedMilestone(id);
        browser.logIn(OFFICER, Api.password(OFFICER));
        browser.open(reportPath(id, milestone));

        ((ChromeDriver) browser.driver()).executeScript("document.querySelector('form.report-form input[name=_csrf]').remove()");
        new Select(browser.find("#status")).selectByVisibleText("Achieved");
        browser.find("#note").sendKeys("No token");
        browser.navigate(() -> browser.find("button[type=submit].primary").click());

        assertThat(browser.find(".error-status").getText()).isEqualTo("403");
        var detail = api.as("auditor").get("/api/v1/agreements/" + id).send().json();
        assertThat(detail.path("milestones").get(0).path("reports").size()).isZero();
    }
}
