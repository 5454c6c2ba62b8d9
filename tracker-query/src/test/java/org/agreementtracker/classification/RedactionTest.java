package org.agreementtracker.classification;

import com.mongodb.client.MongoDatabase;
import org.agreementtracker.api.agreement.AgreementClassified;
import org.agreementtracker.api.agreement.AgreementKind;
import org.agreementtracker.api.agreement.AgreementRegistered;
import org.agreementtracker.api.agreement.Party;
import org.agreementtracker.api.classification.Classification;
import org.agreementtracker.api.classification.Clearance;
import org.agreementtracker.api.milestone.MilestonePlanned;
import org.agreementtracker.readmodel.AgreementHistory;
import org.agreementtracker.readmodel.FreshDatabases;
import org.agreementtracker.readmodel.Projections;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a filtered list leaves out for a reader, found among the few agreements the classification projection lists
 * as exceptions, and the withheld answer for an item whose classification is not known yet.
 */
@ExtendWith(FreshDatabases.class)
class RedactionTest {

    private static final Clearance OFFICIAL = new Clearance("OFFICIAL", Set.of(), "PK");
    private static final Classification SECRET_DEFENCE = new Classification("SECRET", List.of("DEFENCE"), List.of());

    private MongoDatabase database;
    private ClassificationProjection projection;
    private Redaction redaction;

    @BeforeEach
    void start(MongoDatabase database) {
        this.database = database;
        projection = new ClassificationProjection(database, Readers.SCHEME);
        redaction = new Redaction(Readers.SCHEME, new Classifications(database));
    }

    private AgreementHistory registered(String id, Classification classification) {
        AgreementHistory history = AgreementHistory.of(id);
        history.record(new AgreementRegistered(id, "REF-" + id, "Agreement " + id, AgreementKind.AGREEMENT,
                                               List.of("DEFENCE"), List.of(new Party("PK-MOD", "PK"),
                                                                           new Party("BY-MOD", "BY")),
                                               null, null, null, null, classification));
        return history;
    }

    private void deliver(AgreementHistory... histories) {
        for (AgreementHistory history : histories) {
            Projections.deliver(projection, history.events());
        }
    }

    private List<String> listed() {
        List<String> ids = new ArrayList<>();
        database.getCollection(ClassificationProjection.EXCEPTIONS).find().forEach(d -> ids.add(d.getString("_id")));
        return ids.stream().sorted().toList();
    }

    @Test
    void onlyAgreementsThatAreNotPlainOrNotOfTheDefaultLevelAreListed() {
        AgreementHistory plain = registered("plain", Classification.of("OFFICIAL"));
        AgreementHistory secret = registered("secret", SECRET_DEFENCE);
        AgreementHistory pakistan = registered("pk", new Classification("OFFICIAL", List.of(), List.of("PK")));
        AgreementHistory raised = registered("raised", Classification.of("OFFICIAL"));
        raised.record(new MilestonePlanned("raised", "m", "Annex", LocalDate.of(2026, 6, 30), "PK-MOD", "PK", 1,
                                           null, Classification.of("SECRET")));
        AgreementHistory declassified = registered("declassified", SECRET_DEFENCE);
        declassified.record(new AgreementClassified("declassified", SECRET_DEFENCE, Classification.of("OFFICIAL"),
                                                    "Published", null));

        deliver(plain, secret, pakistan, raised, declassified);

        assertThat(listed()).containsExactly("pk", "raised", "secret");
    }

    @Test
    void aFilteredListLeavesOutTheAgreementsAndMilestonesItsReaderMayNotRead() {
        AgreementHistory raised = registered("raised", Classification.of("OFFICIAL"));
        raised.record(new MilestonePlanned("raised", "m", "Annex", LocalDate.of(2026, 6, 30), "PK-MOD", "PK", 1,
                                           null, Classification.of("SECRET")));
        deliver(registered("plain", Classification.of("OFFICIAL")), registered("secret", SECRET_DEFENCE),
                registered("pk", new Classification("OFFICIAL", List.of(), List.of("PK"))),
                registered("by", new Classification("OFFICIAL", List.of(), List.of("BY"))), raised);

        Redaction.Exclusions excluded = redaction.excluded(OFFICIAL);

        assertThat(excluded.agreements()).containsExactlyInAnyOrder("secret", "by");
        assertThat(excluded.milestones()).containsExactly("raised/m");
        assertThat(redaction.excluded(Readers.CLEARANCE)).isEqualTo(Redaction.Exclusions.NONE);
    }

    @Test
    void anExceptionWhoseClassificationIsNotWrittenYetIsLeftOutAndAnUnknownAgreementIsWithheld() {
        database.getCollection(ClassificationProjection.EXCEPTIONS).insertOne(new Document("_id", "coming"));

        assertThat(redaction.excluded(OFFICIAL).agreements()).containsExactly("coming");
        assertThat(redaction.view(OFFICIAL, "unknown").withheldAgreement("unknown").reason())
                .contains("not yet known");
    }
}
