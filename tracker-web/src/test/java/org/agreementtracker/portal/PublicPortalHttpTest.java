package org.agreementtracker.portal;

import org.agreementtracker.webtest.Api;
import org.agreementtracker.webtest.Http;
import org.agreementtracker.webtest.PageSession;
import org.agreementtracker.webtest.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public portal without logging in: PUBLIC agreements and their PUBLIC milestones only, whoever asks, the number
 * of other items not shown; cacheable; rate limited; and nothing else is reachable anonymously.
 */
@WebTest
class PublicPortalHttpTest {

    @Autowired
    Api api;

    private String publicAgreementWithAnOfficialMilestone() {
        var registered = api.as("chair").post("/api/v1/agreements").json("""
                {"ref": "%s", "title": "Postal cooperation", "kind": "MOU", "sectors": ["POSTAL"],
                 "parties": ["PK-MOD", "BY-MOD"], "classification": {"level": "PUBLIC"}}
                """.formatted(Api.uniqueRef("PUB"))).send();
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String id = registered.json().path("id").asString();
        api.plannedMilestone(id, """
                {"title": "First mail exchanged", "dueOn": "2026-09-30", "owner": "PK-MOD"}""");
        api.plannedMilestone(id, """
                {"title": "Internal tariff review", "dueOn": "2026-10-31", "owner": "PK-MOD",
                 "classification": {"level": "OFFICIAL"}}""");
        return id;
    }

    @Test
    void showsPublicItemsOnlyWhoeverAsksAndNothingOfTheOthersButHowMany() {
        String id = publicAgreementWithAnOfficialMilestone();
        String official = api.registeredAgreement();

        for (Http http : new Http[] {api.anonymous(), api.as("cleared-committee")}) {
            Http.Answer feed = http.get("/api/v1/public/agreements").send();
            assertThat(feed.status()).isEqualTo(200);
            assertThat(feed.header("X-Total-Count")).isEmpty();
            JsonNode agreement = feed.json().path("agreements").valueStream()
                                     .filter(row -> row.path("id").asString().equals(id))
                                     .findFirst().orElseThrow();
            assertThat(agreement.path("title").asString()).isEqualTo("Postal cooperation");
            assertThat(agreement.path("milestones").valueStream().map(m -> m.path("title").asString()))
                    .containsExactly("First mail exchanged");
            assertThat(feed.body()).doesNotContain("Internal tariff review").doesNotContain(official)
                                   .doesNotContain("withheld");
        }
    }

    @Test
    void countsTheAgreementsAndMilestonesItDoesNotShow() {
        publicAgreementWithAnOfficialMilestone();
        api.registeredAgreement();

        JsonNode feed = api.anonymous().get("/api/v1/public/agreements").send().json();
        Http cleared = api.as("cleared-committee");
        long agreements = Long.parseLong(cleared.get("/api/v1/agreements?size=1").send()
                                                .header("X-Total-Count").orElseThrow());
        long milestones = Long.parseLong(cleared.get("/api/v1/milestones?size=1").send()
                                                .header("X-Total-Count").orElseThrow());
        long shownMilestones = feed.path("agreements").valueStream()
                                   .mapToLong(agreement -> agreement.path("milestones").size()).sum();

        assertThat(feed.path("notShown").path("agreements").asLong())
                .isPositive().isEqualTo(agreements - feed.path("agreements").size());
        assertThat(feed.path("notShown").path("milestones").asLong())
                .isPositive().isEqualTo(milestones - shownMilestones);
        assertThat(PageSession.anonymous(api.port()).get("/public").body())
                .contains("Not shown here, because they are not public: "
                                  + feed.path("notShown").path("agreements").asLong() + " agreements and");
    }

    @Test
    void isCacheableAndTheSameInThePage() {
        String id = publicAgreementWithAnOfficialMilestone();

        Http.Answer feed = api.anonymous().get("/api/v1/public/agreements").send();
        HttpResponse<String> page = PageSession.anonymous(api.port()).get("/public");

        assertThat(feed.header("Cache-Control").orElseThrow()).contains("public", "max-age=60");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control").orElseThrow()).contains("public", "max-age=60");
        assertThat(page.body()).contains("Postal cooperation", "First mail exchanged")
                               .doesNotContain("Internal tariff review");
        assertThat(page.body()).doesNotContain("/logout");
        assertThat(id).isNotBlank();
    }

    @Test
    void nothingElseIsReachableAnonymously() {
        assertThat(api.anonymous().get("/api/v1/agreements").send().status()).isEqualTo(401);
        assertThat(api.anonymous().get("/api/v1/boards/summary").send().status()).isEqualTo(401);
        assertThat(PageSession.anonymous(api.port()).get("/board").uri().getPath()).isEqualTo("/login");
        assertThat(api.anonymous().post("/api/v1/public/agreements").json("{}").send().status()).isIn(401, 403, 405);
    }

    @Test
    void isRateLimitedPerAddressWithRetryAfter() throws IOException {
        // from an address of its own on the loopback network, so that the other tests' allowance stays whole
        InetAddress client = InetAddress.getByName("127.0.0.77");
        String answer = "";
        for (int i = 0; i < 500 && !answer.startsWith("HTTP/1.1 429"); i++) {
            answer = request(client);
        }
        assertThat(answer).as("refused past the limit").startsWith("HTTP/1.1 429");
        assertThat(answer).containsIgnoringCase("Retry-After: ").containsIgnoringCase("application/problem+json")
                          .contains("Too many requests of the public portal from this address");
        assertThat(api.anonymous().get("/api/v1/public/agreements").send().status())
                .as("another address is not held back").isEqualTo(200);
    }

    private String request(InetAddress from) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), api.port(), from, 0)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET /api/v1/public/agreements HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
