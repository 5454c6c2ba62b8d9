package org.agreementtracker.pages;

import org.agreementtracker.webtest.WebTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.TestPropertySource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Every page keeps to its Content-Security-Policy, which allows nothing inline: Chromium reports no refusal on any
 * of them, the progress bars (SVG, not {@code style=} widths) still show their share and the print button (a
 * handler in the pages' script, not {@code onclick=}) is wired.
 */
@WebTest
@TestPropertySource(properties = "tracker.test.own-context=ContentSecurityPolicyBrowserTest")
class ContentSecurityPolicyBrowserTest extends InTheBrowser {

    @Test
    void noPageBreaksItsPolicy() {
        String id = api.signedAgreement();
        String milestone = api.plannedMilestone(id, """
                {"title": "Workers employed", "dueOn": "2027-12-31", "owner": "PK-MOD",
                 "indicator": {"name": "Pakistani workers employed in Belarus", "unit": "persons", "target": 150000}}
                """);
        api.reportedProgress(id, milestone, """
                {"status": "IN_PROGRESS", "progressPercent": 40, "indicatorValue": 2800, "note": "First arrivals"}
                """);
        browser.logIn("committee", WebTest.COMMITTEE_PASSWORD);
        browser.console();

        List<String> refused = new ArrayList<>();
        for (String page : List.of("/board?q=" + refOf(id), "/board/print?q=" + refOf(id), "/summary",
                                   "/agreements/" + id, "/agreements/" + id + "/history", "/meetings")) {
            browser.open(page);
            browser.console().stream().filter(line -> line.contains("Content Security Policy")
                    || line.startsWith("SEVERE")).map(line -> page + ": " + line).forEach(refused::add);
        }

        assertThat(refused).isEmpty();
    }

    @Test
    void theBarsShowTheirShareWithoutInlineStyles() {
        String id = api.signedAgreement();
        String milestone = api.plannedMilestone(id);
        api.reportedProgress(id, milestone, """
                {"status": "IN_PROGRESS", "progressPercent": 50, "note": "Half way"}
                """);
        browser.logIn("committee", WebTest.COMMITTEE_PASSWORD);
        browser.open("/board?q=" + refOf(id));

        WebElement bar = browser.find("svg.bar");
        WebElement fill = browser.find("svg.bar rect.fill");
        double shown = Double.parseDouble(browser.find(".bar-label").getText().replace("%", "")) / 100;
        double share = fill.getRect().getWidth() / (double) bar.getRect().getWidth();

        assertThat(shown).isPositive();
        assertThat(share).isCloseTo(shown, within(0.03));
    }

    @Test
    void thePrintButtonIsWiredByThePagesScript() {
        browser.logIn("committee", WebTest.COMMITTEE_PASSWORD);
        browser.open("/board/print");
        // headless Chromium cannot show a print dialog: count the calls instead
        ((JavascriptExecutor) browser.driver()).executeScript(
                "window.printed = 0; window.print = function () { window.printed++; };");

        browser.find("[data-prints]").click();

        assertThat(((Number) ((JavascriptExecutor) browser.driver())
                .executeScript("return window.printed")).intValue()).isEqualTo(1);
    }
}
