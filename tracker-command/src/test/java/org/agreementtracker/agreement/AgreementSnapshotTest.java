package org.agreementtracker.agreement;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import org.agreementtracker.api.milestone.ReportStatus;
import org.agreementtracker.api.review.ActionItem;
import org.agreementtracker.api.review.ActionItemCompleted;
import org.agreementtracker.api.review.Confidence;
import org.agreementtracker.api.review.ImplementationScore;
import org.agreementtracker.api.review.ReviewRecorded;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.agreementtracker.agreement.Agreements.BY_OFFICER;
import static org.agreementtracker.agreement.Agreements.ID;
import static org.agreementtracker.agreement.Agreements.PK_OFFICER;
import static org.agreementtracker.agreement.Agreements.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A snapshot of an agreement is its fields. Jackson sees only public properties by default and the agreement has
 * none, so the snapshot serializer must read fields: this is the configuration it needs, and the proof that the
 * agreement's state then survives a snapshot whole.
 */
class AgreementSnapshotTest {

    static Serializer snapshotSerializer() {
        return Jackson3Serializer.builder()
                                 .jsonMapperBuilderCustomizer(mapper -> mapper.changeDefaultVisibility(
                                         visibility -> visibility.withFieldVisibility(Visibility.ANY)
                                                                 .withGetterVisibility(Visibility.NONE)
                                                                 .withIsGetterVisibility(Visibility.NONE)))
                                 .build();
    }

    @Test
    void survivesASnapshotWhole() {
        Agreement agreement = new Agreement();
        apply(agreement, Agreements.registered(), Agreements.signed(), Agreements.planned(),
              Agreements.plannedWithIndicator(),
              Agreements.reported("r-1", "PK", "PK-MODP", PK_OFFICER, ReportStatus.ACHIEVED),
              Agreements.reported("r-2", "BY", "BY-MOD", BY_OFFICER, ReportStatus.BLOCKED),
              new ReviewRecorded(ID, "rv-1", TODAY, ImplementationScore.MINIMAL, Confidence.AMBER, "f",
                                 List.of(new ActionItem("rv-1-1", "t", "BY-MOD", "BY", TODAY))),
              new ActionItemCompleted(ID, "rv-1", "rv-1-1", TODAY, null));
        Serializer serializer = snapshotSerializer();

        Agreement restored = serializer.deserialize(serializer.serialize(agreement, String.class));

        assertThat(restored).usingRecursiveComparison().isEqualTo(agreement);
    }

    /** The events applied as Axon applies them while sourcing: to the agreement and its entities, in sequence. */
    private static void apply(Agreement agreement, Object... events) {
        AggregateModel<Agreement> model = AnnotatedAggregateMetaModelFactory.inspectAggregate(Agreement.class);
        for (int sequence = 0; sequence < events.length; sequence++) {
            model.publish(new GenericDomainEventMessage<>("Agreement", ID, sequence, events[sequence]), agreement);
        }
    }
}
