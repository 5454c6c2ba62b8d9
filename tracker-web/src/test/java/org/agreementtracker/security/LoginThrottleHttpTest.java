package org.agreementtracker.security;

import org.agreementtracker.webtest.Api;
import org.agreementtracker.webtest.WebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failed logins are throttled for Basic, bearer tokens and the login form: after the user name's allowance, 429
 * with {@code Retry-After} before any password is checked, even the right one; once that time has passed, the right
 * password works again. Failures are counted and logged without the password. In an application of its own with a
 * small allowance, so that no other test is throttled.
 */
@WebTest
@TestPropertySource(properties = {
        "tracker.security.login-throttle.failures-per-user=3",
        "tracker.security.login-throttle.failures-per-address=1000",
        "tracker.security.login-throttle.one-more-every=1s"})
@ExtendWith(OutputCaptureExtension.class)
class LoginThrottleHttpTest {

    @Autowired
    Api api;

    @Test
    void basicLoginsAreRefusedAfterTheAllowanceAndTheRightPasswordWorksOnceTheWaitIsOver(CapturedOutput output)
            throws InterruptedException {
        for (int failure = 0; failure < 3; failure++) {
            assertThat(api.anonymous().get("/api/v1/bodies").as("auditor", "guess-" + failure).send().status())
                    .isEqualTo(401);
        }

        var refused = api.anonymous().get("/api/v1/bodies").as("auditor", "auditor-password").send();

        assertThat(refused.status()).as("even the right password, while the allowance is spent").isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        long retryAfter = Long.parseLong(refused.header("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 1L);
        assertThat(refused.json().path("detail").asString()).contains("Too many failed logins");

        Thread.sleep(retryAfter * 1000 + 100);
        assertThat(api.anonymous().get("/api/v1/bodies").as("auditor", "auditor-password").send().status())
                .isEqualTo(200);
        assertThat(output).contains("Failed BASIC login for user auditor from 127.0.0.1")
                          .doesNotContain("guess-0", "guess-2");
    }

    @Test
    void failuresAreCountedInAMetric() {
        api.anonymous().get("/api/v1/bodies").as("chair", "not-the-password").send();
        api.anonymous().get("/api/v1/bodies").header("Authorization", "Bearer not.a.token").send();

        String scrape = api.anonymous().get("/actuator/prometheus").send().body();

        assertThat(scrape).containsPattern("tracker_logins_failed_total\\{method=\"basic\"} [1-9]");
        assertThat(scrape).containsPattern("tracker_logins_failed_total\\{method=\"bearer\"} [1-9]");
    }

    @Test
    void aRequestWithoutCredentialsOrWithTheRightOnesIsNeverThrottled() {
        for (int request = 0; request < 10; request++) {
            assertThat(api.anonymous().get("/api/v1/bodies").send().status()).isEqualTo(401);
            assertThat(api.as("officer-pk").get("/api/v1/bodies").send().status()).isEqualTo(200);
        }
    }

    @Test
    void theLoginFormIsThrottledTooAndSaysHowLongToWait() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String base = "http://localhost:" + api.port();
        for (int failure = 0; failure < 3; failure++) {
            var answer = postLogin(browser, base, "committee", "guess-" + failure);
            assertThat(answer.statusCode()).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElse("")).contains("/login?error");
        }

        var refused = postLogin(browser, base, "committee", WebTest.COMMITTEE_PASSWORD);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).contains("Too many failed attempts", "Try again in 1 seconds", "name=\"username\"");
        Thread.sleep(1100);
        var loggedIn = postLogin(browser, base, "committee", WebTest.COMMITTEE_PASSWORD);
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private static HttpResponse<String> postLogin(HttpClient browser, String base, String user, String password)
            throws Exception {
        String form = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                                   HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        assertThat(csrf.find()).as("the form carries its CSRF token").isTrue();
        String body = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                                       .header("Content-Type", "application/x-www-form-urlencoded")
                                       .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
    }
}
