package org.agreementtracker.pages;

import org.agreementtracker.webtest.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.chrome.ChromeDriver;
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

    static final String WIDER_THAN_THE_SCREEN = """
            const width = document.documentElement.clientWidth;
            return [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > width + 1)
                .slice(0, 8)
                .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right) + 'px: '
                          + (e.textContent || '').trim().slice(0, 60));
            """;

    /** Whether the page is wider than the window, so a phone would scroll it sideways. */
    boolean scrollsSideways() {
        return (Boolean) ((ChromeDriver) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
    }

    /** The elements that reach past the window's right edge, to name in a failure. */
    Object widerThanTheScreen() {
        return ((ChromeDriver) browser.driver()).executeScript(WIDER_THAN_THE_SCREEN);
    }

    String refOf(String agreementId) {
        return api.as("auditor").get("/api/v1/agreements/" + agreementId).send().json().path("ref").asString();
    }
}
