package org.agreementtracker.agreement;

import org.agreementtracker.api.actor.Actor;
import org.agreementtracker.api.actor.MetadataKeys;
import org.agreementtracker.api.agreement.AgreementRegistered;
import org.agreementtracker.api.agreement.SignAgreement;
import org.agreementtracker.api.classification.Classification;
import org.agreementtracker.api.milestone.Evidence;
import org.agreementtracker.api.milestone.MilestonePlanned;
import org.agreementtracker.api.milestone.ReportMilestoneProgress;
import org.agreementtracker.api.milestone.RescheduleMilestone;
import org.agreementtracker.api.milestone.PlanMilestone;
import org.agreementtracker.api.milestone.ReportStatus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.agreementtracker.agreement.Agreements.capturing;
import static org.agreementtracker.agreement.Agreements.CHAIR;
import static org.agreementtracker.agreement.Agreements.DUE_ON;
import static org.agreementtracker.agreement.Agreements.ID;
import static org.agreementtracker.agreement.Agreements.MILESTONE;
import static org.agreementtracker.agreement.Agreements.PK_OFFICER;
import static org.agreementtracker.agreement.Agreements.SIGNED_ON;
import static org.agreementtracker.agreement.Agreements.planned;
import static org.agreementtracker.agreement.Agreements.registered;
import static org.agreementtracker.agreement.Agreements.report;
import static org.agreementtracker.agreement.Agreements.signed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events record who caused them, the correlation id, the idempotency key, the business date and the classification
 * of their content (by which the store seals them), when the command bus
 * propagates metadata as {@link MetadataKeys} tells the application to.
 */
class EventMetadataTest {

    private AggregateTestFixture<Agreement> fixture;
    private final List<EventMessage<?>> published = new ArrayList<>();

    @BeforeEach
    void setUp() {
        fixture = Agreements.fixture();
        fixture.registerCommandHandlerInterceptor(new CorrelationDataInterceptor<>(
                new MessageOriginProvider(), new SimpleCorrelationDataProvider(MetadataKeys.PROPAGATED)));
    }

    private static Map<String, Object> sentBy(Actor actor, String occurredOn) {
        Map<String, Object> metadata = new HashMap<>(actor.toMetadata());
        metadata.put(MetadataKeys.CORRELATION_ID, "req-42");
        metadata.put(MetadataKeys.IDEMPOTENCY_KEY, "key-7");
        metadata.put(MetadataKeys.OCCURRED_ON, occurredOn);
        return metadata;
    }

    @Test
    void anEventCarriesWhoCausedItTheRequestsCorrelationIdAndTheIdempotencyKey() {
        fixture.given(registered())
               .when(new SignAgreement(ID, SIGNED_ON, "Minsk", List.of()), sentBy(CHAIR, "2025-07-01"))
               .expectEventsMatching(capturing(published));

        Map<String, Object> metadata = published.get(0).getMetaData();
        assertThat(Actor.fromMetadata(metadata)).isEqualTo(CHAIR);
        assertThat(metadata).containsEntry(MetadataKeys.CORRELATION_ID, "req-42")
                            .containsEntry(MetadataKeys.IDEMPOTENCY_KEY, "key-7")
                            .containsKey(MetadataKeys.TRACE_ID);
    }

    @Test
    void anEventIsDatedWithTheBusinessDateItsCommandStates() {
        fixture.given(registered())
               .when(new SignAgreement(ID, SIGNED_ON, "Minsk", List.of()), sentBy(CHAIR, "2025-07-01"))
               .expectEventsMatching(capturing(published));

        assertThat(published.get(0).getMetaData()).containsEntry(MetadataKeys.OCCURRED_ON, "2025-04-11");
    }

    @Test
    void aReportIsDatedWithItsOccurredOnAndRecordsTheOfficersSideAndBody() {
        fixture.given(registered(), signed(), planned())
               .when(report("r-1", PK_OFFICER, ReportStatus.IN_PROGRESS), sentBy(PK_OFFICER, "2025-07-01"))
               .expectEventsMatching(capturing(published));

        assertThat(published.get(0).getMetaData()).containsEntry(MetadataKeys.OCCURRED_ON, "2025-07-01")
                                                  .containsEntry(MetadataKeys.SIDE, "PK")
                                                  .containsEntry(MetadataKeys.BODY, "PK-MODP");
    }

    @Test
    void anEventWithoutADateOfItsOwnKeepsTheDateTheCommandWasSentWith() {
        fixture.given(registered())
               .when(new PlanMilestone(ID, "m-1", "Talks", DUE_ON, "PK-MOD", null, null), sentBy(CHAIR, "2025-06-30"))
               .expectEventsMatching(capturing(published));

        assertThat(published.get(0).getMetaData()).containsEntry(MetadataKeys.OCCURRED_ON, "2025-06-30");
    }

    @Test
    void anEventStatesTheClassificationOfItsAgreementAsThatOfItsContent() {
        Classification secretDefence = new Classification("SECRET", List.of("DEFENCE"), List.of("PK"));
        AgreementRegistered registered = registered();
        fixture.given(new AgreementRegistered(ID, registered.ref(), registered.title(), registered.kind(),
                                              registered.sectors(), registered.parties(), null, null, null, null,
                                              secretDefence))
               .when(new SignAgreement(ID, SIGNED_ON, "Minsk", List.of()), sentBy(CHAIR, "2025-07-01"))
               .expectEventsMatching(capturing(published));

        assertThat(Classification.ofContent(published.get(0).getMetaData()))
                .isEqualTo(new Classification("SECRET", List.of("DEFENCE"), List.of()));
    }

    @Test
    void aReportStatesTheClassificationItAndItsEvidenceRaiseItsContentTo() {
        ReportMilestoneProgress report = report("r-1", PK_OFFICER, ReportStatus.IN_PROGRESS);
        Evidence defenceMinutes = new Evidence("Minutes", "https://mod.gov.pk/m.pdf", null, "minutes",
                                               new Classification("SECRET", List.of("DEFENCE"), List.of()));
        fixture.given(registered(), signed(), planned())
               .when(new ReportMilestoneProgress(ID, MILESTONE, "r-1", PK_OFFICER, null, report.occurredOn(),
                                                 ReportStatus.IN_PROGRESS, null, null, report.note(),
                                                 List.of(defenceMinutes), Classification.of("SECRET"), null),
                     sentBy(PK_OFFICER, "2025-07-01"))
               .expectEventsMatching(capturing(published));

        assertThat(Classification.ofContent(published.get(0).getMetaData()))
                .isEqualTo(new Classification("SECRET", List.of("DEFENCE"), List.of()));
    }

    @Test
    void aMilestoneEventStatesTheClassificationOfTheMilestoneItConcerns() {
        MilestonePlanned planned = planned();
        fixture.given(registered(), signed(),
                      new MilestonePlanned(ID, MILESTONE, planned.title(), DUE_ON, planned.owner(),
                                           planned.ownerSide(), 1, null, Classification.of("RESTRICTED")))
               .when(new RescheduleMilestone(ID, MILESTONE, DUE_ON.plusMonths(1), "Talks moved"),
                     sentBy(CHAIR, "2025-07-01"))
               .expectEventsMatching(capturing(published));

        assertThat(Classification.ofContent(published.get(0).getMetaData()))
                .isEqualTo(Classification.of("RESTRICTED"));
    }
}
