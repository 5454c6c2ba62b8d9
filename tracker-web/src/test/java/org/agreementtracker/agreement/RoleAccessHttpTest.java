package org.agreementtracker.agreement;

import org.agreementtracker.webtest.Api;
import org.agreementtracker.webtest.Http;
import org.agreementtracker.webtest.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each role may and may not do, as docs/http-api.md says: the committee and administrators run agreements and
 * plan, only the committee reviews, ministry officers report for their own body where it has a say, auditors only
 * read. A refused write changes nothing.
 */
@WebTest
class RoleAccessHttpTest {

    private static final String SIGNATURE = "{\"signedOn\": \"2025-04-11\", \"place\": \"Minsk\"}";
    private static final String MILESTONE = "{\"title\": \"t\", \"dueOn\": \"2025-12-31\", \"owner\": \"PK-MOD\"}";
    private static final String REPORT = "{\"status\": \"IN_PROGRESS\", \"note\": \"Under way\"}";
    private static final String REVIEW = """
            {"score": "NO_EVIDENCE", "confidence": "RED", "findings": "No report received"}
            """;

    @Autowired
    Api api;
    private String agreementId;
    private String milestoneId;

    @BeforeEach
    void setUp() {
        agreementId = api.signedAgreement();
        milestoneId = api.plannedMilestone(agreementId);
    }

    private int events() {
        return api.as("auditor").get("/api/v1/agreements/" + agreementId + "/history").send().json().size();
    }

    private Http.Answer post(String user, String path, String json) {
        return api.as(user).post("/api/v1/agreements" + path).json(json).send();
    }

    private String milestone(String step) {
        return "/" + agreementId + "/milestones/" + milestoneId + step;
    }

    private static void refused(Http.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anAuditorReadsButChangesNothing() {
        int before = events();

        refused(post("auditor", "", Api.registration(Api.uniqueRef("AUD"), "AGREEMENT")));
        refused(post("auditor", "/" + agreementId + "/entry-into-force", "{}"));
        refused(post("auditor", "/" + agreementId + "/milestones", MILESTONE));
        refused(post("auditor", milestone("/reports"), REPORT));
        refused(post("auditor", milestone("/cancellation"), "{\"reason\": \"r\"}"));
        refused(post("auditor", "/" + agreementId + "/reviews", REVIEW));

        assertThat(events()).isEqualTo(before);
        assertThat(api.as("auditor").get("/api/v1/agreements/" + agreementId + "/history").send().status())
                .isEqualTo(200);
    }

    @Test
    void aForbiddenWriteIsRefusedBeforeItsBodyIsRead() {
        int before = events();

        refused(post("auditor", "", "{\"ref\": \"\", \"kind\": \"TREATY\"}"));
        refused(post("auditor", "/" + agreementId + "/reviews", "{\"score\": 7"));
        refused(post("officer-pk-mod", "/" + agreementId + "/milestones", "{}"));

        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aMinistryOfficerNeitherRunsAgreementsNorPlansNorReviews() {
        int before = events();

        refused(post("officer-pk-mod", "", Api.registration(Api.uniqueRef("MIN"), "AGREEMENT")));
        refused(post("officer-pk-mod", "/" + agreementId + "/suspension", "{\"reason\": \"r\"}"));
        refused(post("officer-pk-mod", "/" + agreementId + "/milestones", MILESTONE));
        refused(post("officer-pk-mod", milestone("/reschedule"), "{\"newDueOn\": \"2026-01-01\", \"reason\": \"r\"}"));
        refused(post("officer-pk-mod", "/" + agreementId + "/reviews", REVIEW));

        assertThat(events()).isEqualTo(before);
    }

    @Test
    void theOwningBodysOfficerAndTheOtherSidesPartyReport() {
        assertThat(post("officer-pk-mod", milestone("/reports"), REPORT).status()).isEqualTo(201);
        assertThat(post("officer-by-mod", milestone("/reports"), REPORT).status()).isEqualTo(201);
    }

    @Test
    void anOfficerOfABodyWithNoSayInTheMilestoneIsRefused() {
        int before = events();

        var sameSideOtherBody = post("officer-pk", milestone("/reports"), REPORT);
        var thirdCountry = post("officer-xx", milestone("/reports"), REPORT);
        var forAnotherBody = post("officer-pk-mod", milestone("/reports"),
                                  "{\"status\": \"ACHIEVED\", \"note\": \"n\", \"onBehalfOf\": \"BY-MOD\"}");

        refused(sameSideOtherBody);
        assertThat(sameSideOtherBody.json().path("code").asString()).isEqualTo("NOT_YOUR_BODY");
        assertThat(sameSideOtherBody.json().path("detail").asString()).contains("PK-MOFA");
        refused(thirdCountry);
        refused(forAnotherBody);
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void theCommitteeRunsPlansReportsAndReviews() {
        assertThat(post("chair", "/" + agreementId + "/entry-into-force", "{}").status()).isEqualTo(200);
        assertThat(post("chair", "/" + agreementId + "/milestones", MILESTONE).status()).isEqualTo(201);
        assertThat(post("chair", milestone("/reports"), REPORT).status()).isEqualTo(201);
        assertThat(post("chair", "/" + agreementId + "/reviews", REVIEW).status()).isEqualTo(201);
        assertThat(post("committee", milestone("/reschedule"), "{\"newDueOn\": \"2026-01-31\", \"reason\": \"r\"}")
                           .status()).as("a bcrypt user too").isEqualTo(200);
    }

    @Test
    void anAdministratorRunsAgreementsButNeitherReportsNorReviews() {
        assertThat(post("admin", "", Api.registration(Api.uniqueRef("ADM"), "MOU")).status()).isEqualTo(201);
        assertThat(post("admin", "/" + agreementId + "/milestones", MILESTONE).status()).isEqualTo(201);
        refused(post("admin", milestone("/reports"), REPORT));
        refused(post("admin", "/" + agreementId + "/reviews", REVIEW));
    }

    @Test
    void withoutCredentialsEveryEndpointIs401() {
        for (String path : new String[]{"", "/" + agreementId + "/signature", milestone("/reports"),
                                        "/" + agreementId + "/reviews"}) {
            var answer = api.anonymous().post("/api/v1/agreements" + path).json(SIGNATURE).send();
            assertThat(answer.status()).as(path).isEqualTo(401);
        }
        assertThat(api.anonymous().get("/api/v1/agreements/" + agreementId + "/history").send().status())
                .isEqualTo(401);
    }
}
