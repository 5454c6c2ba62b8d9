package org.agreementtracker.agreement;

import org.agreementtracker.eventstore.TestMongoExtension;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

class RefRegistryTest {

    @RegisterExtension
    static final TestMongoExtension mongo = new TestMongoExtension();
    private RefRegistry refs;

    @BeforeEach
    void setUp() {
        refs = new RefRegistry(mongo.database(), Clock.fixed(Instant.parse("2025-07-01T12:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void theFirstClaimOfARefWinsAndEveryLaterOneIsToldWho() {
        assertThat(refs.claim("PKBY-2025-SME", "a-1")).isEqualTo("a-1");
        assertThat(refs.claim("PKBY-2025-SME", "a-2")).isEqualTo("a-1");
        assertThat(refs.claim("pkby-2025-sme\t", "a-3")).isEqualTo("a-1");
        assertThat(refs.agreementIdOf(" Pkby-2025-Sme")).contains("a-1");
    }

    @Test
    void knowsNothingOfRefsNeverClaimed() {
        assertThat(refs.agreementIdOf("PKBY-2025-SME")).isEmpty();
    }

    @Test
    void isTheSameRegisterForEveryNode() {
        refs.claim("PKBY-2025-SME", "a-1");

        RefRegistry other = new RefRegistry(mongo.onSecondNode());
        assertThat(other.claim("PKBY-2025-SME", "a-2")).isEqualTo("a-1");
    }

    @Test
    void keepsOneDocumentPerRefKeyedByTheNormalisedRef() {
        refs.claim(" PkBy-2025-Sme ", "a-1");

        Document claim = mongo.database().getCollection(RefRegistry.COLLECTION).find().first();
        assertThat(claim).containsEntry("_id", "PKBY-2025-SME")
                         .containsEntry("ref", "PkBy-2025-Sme")
                         .containsEntry("agreementId", "a-1")
                         .containsEntry("claimedAt", Date.from(Instant.parse("2025-07-01T12:00:00Z")));
    }
}
