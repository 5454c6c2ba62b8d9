package org.agreementtracker.security;

import org.agreementtracker.webtest.Api;
import org.agreementtracker.webtest.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headers that keep a page to itself: a Content-Security-Policy without {@code 'unsafe-inline'} (and templates
 * that need none), a Referrer-Policy, a session cookie that other sites' forms do not carry; the API's answers may
 * run nothing at all.
 */
@WebTest
class PageHeadersHttpTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    /** {@code style="..."}, {@code th:style}, {@code onclick="..."} and the like, and a script without a file. */
    private static final Pattern INLINE = Pattern.compile("\\s(th:)?style=|\\son[a-z]+=|<script(?![^>]*src=)");

    @Autowired
    Api api;

    @Test
    void pagesHaveAPolicyThatAllowsNothingInline() {
        var login = api.anonymous().get("/login").send();

        String policy = login.header("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
                                    "frame-ancestors 'none'", "form-action 'self'")
                          .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(login.header("Referrer-Policy")).hasValue("same-origin");
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndHttpOnly() {
        var login = api.anonymous().get("/login").send();

        String cookie = login.response().headers().allValues("Set-Cookie").stream()
                             .filter(value -> value.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");
    }

    @Test
    void apiAnswersMayRunNothing() {
        var bodies = api.as("auditor").get("/api/v1/bodies").send();

        assertThat(bodies.header("Content-Security-Policy")).hasValue("default-src 'none'; frame-ancestors 'none'");
        assertThat(bodies.header("Referrer-Policy")).hasValue("same-origin");
    }

    @Test
    void noTemplateHasAnInlineStyleHandlerOrScript() throws IOException {
        List<String> inline;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            inline = files.filter(file -> file.toString().endsWith(".html"))
                          .flatMap(PageHeadersHttpTest::inlineLines).toList();
        }

        assertThat(inline).isEmpty();
    }

    private static Stream<String> inlineLines(Path template) {
        try {
            List<String> lines = Files.readAllLines(template);
            return IntStream.range(0, lines.size())
                            .filter(n -> INLINE.matcher(lines.get(n)).find())
                            .mapToObj(n -> template.getFileName() + ":" + (n + 1) + " " + lines.get(n).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theInlinePatternFindsWhatItIsFor() {
        assertThat(INLINE.matcher("<span style=\"width:4%\">").find()).isTrue();
        assertThat(INLINE.matcher("<span th:style=\"'width:' + 4\">").find()).isTrue();
        assertThat(INLINE.matcher("<button onclick=\"print()\">").find()).isTrue();
        assertThat(INLINE.matcher("<script>alert(1)</script>").find()).isTrue();
        assertThat(INLINE.matcher("<script th:src=\"@{/js/tracker.js}\" defer></script>").find()).isFalse();
        assertThat(INLINE.matcher("<rect class=\"fill\" th:width=\"${percent}\"/>").find()).isFalse();
    }
}
