package org.agreementtracker.agreement;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.agreementtracker.eventstore.TestMongo;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

class RefRegistryTest {

    private static TestMongo mongo;
    private MongoDatabase database;
    private RefRegistry refs;

    @BeforeAll
    static void startServer() {
        mongo = new TestMongo();
    }

    @AfterAll
    static void stopServer() {
        mongo.close();
    }

    @BeforeEach
    void setUp() {
        database = mongo.freshDatabase();
        refs = new RefRegistry(database, Clock.fixed(Instant.parse("2025-07-01T12:00:00Z"), ZoneOffset.UTC));
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

        try (MongoClient otherClient = mongo.newClient()) {
            RefRegistry other = new RefRegistry(otherClient.getDatabase(database.getName()));
            assertThat(other.claim("PKBY-2025-SME", "a-2")).isEqualTo("a-1");
        }
    }

    @Test
    void keepsOneDocumentPerRefKeyedByTheNormalisedRef() {
        refs.claim(" PkBy-2025-Sme ", "a-1");

        Document claim = database.getCollection(RefRegistry.COLLECTION).find().first();
        assertThat(claim).containsEntry("_id", "PKBY-2025-SME")
                         .containsEntry("ref", "PkBy-2025-Sme")
                         .containsEntry("agreementId", "a-1")
                         .containsEntry("claimedAt", Date.from(Instant.parse("2025-07-01T12:00:00Z")));
    }
}
