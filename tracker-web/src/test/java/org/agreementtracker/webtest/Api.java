package org.agreementtracker.webtest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Lazy;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tracker's API as the tests drive it: requests as any user of {@link WebTest}, and the usual first steps (an
 * agreement between the defence ministries of PK and BY, signed, with a milestone) done over HTTP like any client.
 * A {@link WebTest} gets it with {@code @Autowired Api api}.
 */
@TestComponent
@Lazy // built when a test asks for it, after the server has its port
public final class Api {

    public static final String SIGNED_ON = "2025-04-11";

    private final int port;

    public Api(@Value("${local.server.port}") int port) {
        this.port = port;
    }

    /** A request as {@code user}, with the password {@link WebTest} gives them. */
    public Http as(String user) {
        return Http.to(port).as(user, password(user));
    }

    /** The agreement's history as the auditor reads it: every event, oldest first. */
    public JsonNode history(String agreementId) {
        return as("auditor").get("/api/v1/agreements/" + agreementId + "/history").send().json();
    }

    public static JsonNode last(JsonNode history) {
        return history.get(history.size() - 1);
    }

    /** The port the application answers on, for a client of a test's own. */
    public int port() {
        return port;
    }

    public Http anonymous() {
        return Http.to(port);
    }

    public static String password(String user) {
        return switch (user) {
            case "admin" -> "admin-password";
            case "committee" -> WebTest.COMMITTEE_PASSWORD;
            case "auditor" -> "auditor-password";
            case "chair" -> "chair-password";
            default -> "officer-password";
        };
    }

    /** A ref no other test uses: tests share one application and one store. */
    public static String uniqueRef(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    public static String registration(String ref, String kind) {
        return """
                {"ref": "%s", "title": "Agreement on Cooperation between the Ministries of Defence", "kind": "%s",
                 "sectors": ["DEFENCE"], "parties": ["PK-MOD", "BY-MOD"]}
                """.formatted(ref, kind);
    }

    /** A DRAFT agreement of the defence ministries; its id. */
    public String registeredAgreement() {
        return registered(registration(uniqueRef("TEST"), "AGREEMENT"));
    }

    /** A DRAFT joint venture of the defence ministries (announced rather than signed); its id. */
    public String registeredCommitment() {
        return registered(registration(uniqueRef("TEST-JV"), "JOINT_VENTURE"));
    }

    private String registered(String json) {
        var answer = as("chair").post("/api/v1/agreements").json(json).send();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().path("id").asString();
    }

    /** An agreement signed on {@value #SIGNED_ON} in Minsk; its id. */
    public String signedAgreement() {
        String id = registeredAgreement();
        var answer = as("chair").post("/api/v1/agreements/" + id + "/signature").json("""
                {"signedOn": "%s", "place": "Minsk",
                 "signatories": [{"name": "Khawaja Asif", "side": "PK"}, {"name": "Viktor Khrenin", "side": "BY"}]}
                """.formatted(SIGNED_ON)).send();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return id;
    }

    /** A milestone of the agreement owned by PK-MOD, due on 2025-12-31; its id. */
    public String plannedMilestone(String agreementId) {
        return plannedMilestone(agreementId, """
                {"title": "Joint staff talks held", "dueOn": "2025-12-31", "owner": "PK-MOD"}
                """);
    }

    public String plannedMilestone(String agreementId, String json) {
        var answer = as("chair").post("/api/v1/agreements/" + agreementId + "/milestones").json(json).send();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().path("id").asString();
    }

    /** A progress report on the milestone by PK-MOD's officer; its id. */
    public String reportedProgress(String agreementId, String milestoneId, String json) {
        var answer = as("officer-pk-mod")
                .post("/api/v1/agreements/" + agreementId + "/milestones/" + milestoneId + "/reports")
                .json(json).send();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().path("id").asString();
    }

    /** What the auditor reads at {@code path}, which must answer 200. */
    public JsonNode read(String path) {
        var answer = as("auditor").get(path).send();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }
}
