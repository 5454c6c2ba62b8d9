package org.agreementtracker.pages;

import org.agreementtracker.webtest.Api;
import org.agreementtracker.webtest.WebTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.TestPropertySource;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Redaction as a person meets it in a real browser: withheld in place, with its level and why; and the public portal.
 */
@WebTest
// an application of its own, as BoardBrowserTest explains
@TestPropertySource(properties = "tracker.test.own-context=ClassificationBrowserTest")
class ClassificationBrowserTest extends InTheBrowser {

    private String secretAgreement(String title) {
        var answer = api.as("cleared-committee").post("/api/v1/agreements").json("""
                {"ref": "%s", "title": "%s", "kind": "AGREEMENT", "sectors": ["DEFENCE"],
                 "parties": ["PK-MOD", "BY-MOD"], "classification": {"level": "SECRET", "compartments": ["DEFENCE"]}}
                """.formatted(Api.uniqueRef("SEC"), title)).send();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().path("id").asString();
    }

    @Test
    void anOfficerMeetsTheDefenceAgreementWithheldAndTheClearedCommitteeSeesItWhole() {
        String title = "Defence programme " + UUID.randomUUID();
        String id = secretAgreement(title);

        browser.logIn("officer-pk", "officer-password");
        browser.open("/board");
        List<WebElement> withheld = browser.all("tr.withheld-row");
        assertThat(withheld).isNotEmpty();
        assertThat(withheld).extracting(WebElement::getText)
                            .allSatisfy(text -> assertThat(text).startsWith("Withheld:"));
        assertThat(browser.find("main").getText()).doesNotContain(title).contains("Withheld: SECRET, DEFENCE");
        browser.open("/agreements/" + id);
        assertThat(browser.find("h1").getText()).isEqualTo("Withheld");
        assertThat(browser.find(".withheld").getText()).isEqualTo("Withheld: SECRET, DEFENCE");
        assertThat(browser.find("main").getText()).contains("your clearance does not allow it").doesNotContain(title);
        browser.screenshot("agreement-withheld");

        browser.driver().manage().deleteAllCookies();
        browser.logIn("cleared-committee", "officer-password");
        browser.open("/agreements/" + id);
        assertThat(browser.find("h1").getText()).contains(title);
        assertThat(browser.find(".classification").getText()).isEqualTo("Classified SECRET, DEFENCE");
    }

    @Test
    void theAnonymousPublicSeesThePublicBoardAndNothingMore() {
        var answer = api.as("chair").post("/api/v1/agreements").json("""
                {"ref": "%s", "title": "Postal cooperation between Belpochta and Pakistan Post", "kind": "MOU",
                 "sectors": ["POSTAL"], "parties": ["PK-MOD", "BY-MOD"], "classification": {"level": "PUBLIC"}}
                """.formatted(Api.uniqueRef("PUB"))).send();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        String title = "Defence programme " + UUID.randomUUID();
        secretAgreement(title);
        browser.driver().manage().deleteAllCookies();

        browser.open("/public");

        assertThat(browser.path()).isEqualTo("/public");
        assertThat(browser.find("h1").getText()).isEqualTo("Public record of the agreements");
        assertThat(browser.all("article.public-agreement .title")).extracting(WebElement::getText)
                                                                  .contains("Postal cooperation between Belpochta and "
                                                                                    + "Pakistan Post");
        assertThat(browser.find("main").getText()).doesNotContain(title).doesNotContain("Withheld");
        // a browser asks for a favicon the tracker does not have; nothing else may complain
        assertThat(browser.console()).allSatisfy(line -> assertThat(line).contains("favicon.ico"));
        browser.screenshot("public");
        browser.open("/board");
        assertThat(browser.path()).isEqualTo("/login");
    }

    @Test
    void theWithheldAndThePublicPagesFitAPhone() {
        String id = secretAgreement("Defence programme " + UUID.randomUUID());
        browser.driver().manage().deleteAllCookies();
        browser.size(390, 844);
        try {
            // a query of its own: the portal is cacheable, and the browser keeps what it was given
            browser.open("/public?phone");
            assertThat(scrollsSideways()).as(() -> "the public page scrolls sideways on a phone: "
                    + widerThanTheScreen()).isFalse();
            browser.screenshot("public-phone");
            browser.logIn("officer-pk", "officer-password");
            browser.open("/agreements/" + id);
            assertThat(scrollsSideways()).as(() -> "the withheld page scrolls sideways on a phone: "
                    + widerThanTheScreen()).isFalse();
            browser.screenshot("agreement-withheld-phone");
        } finally {
            browser.size(1280, 800);
        }
    }
}
