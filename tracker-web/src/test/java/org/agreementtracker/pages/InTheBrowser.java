package org.agreementtracker.pages;

import org.agreementtracker.webtest.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test has: the running application's API to prepare data through, and one headless Chromium for
 * the whole class (starting one takes a second or two).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class InTheBrowser {

    @LocalServerPort
    int port;

    Api api;
    Chromium browser;

    @BeforeAll
    void startBrowser() {
        api = new Api(port);
        browser = Chromium.start(port);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    String refOf(String agreementId) {
        return api.as("auditor").get("/api/v1/agreements/" + agreementId).send().json().path("ref").asString();
    }
}
