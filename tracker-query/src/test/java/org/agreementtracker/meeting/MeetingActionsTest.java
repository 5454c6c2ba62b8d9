package org.agreementtracker.meeting;

import com.mongodb.client.MongoDatabase;
import org.agreementtracker.api.agreement.AgreementKind;
import org.agreementtracker.api.agreement.AgreementRegistered;
import org.agreementtracker.api.agreement.Party;
import org.agreementtracker.api.classification.Classification;
import org.agreementtracker.api.classification.Clearance;
import org.agreementtracker.api.meeting.ActionDropped;
import org.agreementtracker.api.meeting.ActionProgressReported;
import org.agreementtracker.api.meeting.ActionReportStatus;
import org.agreementtracker.api.meeting.ActionStatus;
import org.agreementtracker.api.meeting.ActionView;
import org.agreementtracker.api.meeting.DecisionRecorded;
import org.agreementtracker.api.meeting.FindAction;
import org.agreementtracker.api.meeting.FindMeeting;
import org.agreementtracker.api.meeting.ListActions;
import org.agreementtracker.api.meeting.MeetingHeld;
import org.agreementtracker.api.meeting.MeetingPlanned;
import org.agreementtracker.api.meeting.MeetingStatus;
import org.agreementtracker.api.meeting.MeetingView;
import org.agreementtracker.api.milestone.Evidence;
import org.agreementtracker.api.review.ActionItem;
import org.agreementtracker.classification.ClassificationProjection;
import org.agreementtracker.classification.Classifications;
import org.agreementtracker.classification.Readers;
import org.agreementtracker.classification.Redaction;
import org.agreementtracker.readmodel.FreshDatabases;
import org.agreementtracker.readmodel.Projections;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A meeting's decisions and action items as the read side keeps and answers them, cut to each reader's clearance. */
@ExtendWith(FreshDatabases.class)
class MeetingActionsTest {

    private static final LocalDate PLANNED_ON = LocalDate.parse("2025-06-30");
    private static final Clock TODAY = Clock.fixed(Instant.parse("2025-09-15T12:00:00Z"), ZoneOffset.UTC);
    private static final Clearance OFFICIAL = new Clearance("OFFICIAL", Set.of(), null);

    private MongoDatabase database;
    private MeetingQueries queries;
    private final List<DomainEventMessage<?>> meeting = new ArrayList<>();
    private Instant recordedAt = Instant.parse("2025-06-20T09:00:00Z");

    @BeforeEach
    void freshTracker(MongoDatabase database) {
        this.database = database;
        queries = new MeetingQueries(database, new Redaction(Readers.SCHEME, new Classifications(database)), TODAY);
        Projections.deliver(new ClassificationProjection(database, Readers.SCHEME), List.of(
                agreement("trade", null), agreement("defence", Classification.of("SECRET"))));
        record(new MeetingPlanned("mt-1", PLANNED_ON, "JMC, 8th session", List.of("Ishaq Dar")),
               new MeetingHeld("mt-1", PLANNED_ON, List.of("Ishaq Dar", "Maxim Ryzhenkov")),
               new DecisionRecorded("mt-1", "d1", "Open the trade office", List.of("trade"), List.of(
                       new ActionItem("d1-1", "Lease premises", "BY-MINTRADE", "BY", LocalDate.parse("2025-08-01")),
                       new ActionItem("d1-2", "Appoint staff", "PK-MOC", "PK", LocalDate.parse("2025-12-01"))),
                                    null),
               new DecisionRecorded("mt-1", "d2", "Deliver the trainers", List.of("defence"), List.of(
                       new ActionItem("d2-1", "Ship trainers", "BY-SCMI", "BY", LocalDate.parse("2025-07-01"))),
                                    Classification.of("SECRET")));
    }

    private static DomainEventMessage<?> agreement(String id, Classification classification) {
        return new GenericDomainEventMessage<>("Agreement", id, 0, new AgreementRegistered(
                id, id.toUpperCase(), "Agreement " + id, AgreementKind.AGREEMENT, List.of("TRADE"),
                List.of(new Party("PK-MOC", "PK"), new Party("BY-MINTRADE", "BY")), "summary", null, null, null,
                classification), Map.of());
    }

    private void record(Object... events) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (Object event : events) {
            messages.add(new GenericDomainEventMessage<>("Meeting", "mt-1", meeting.size(), event, Map.of(),
                                                         "mt-1-" + meeting.size(), recordedAt));
            meeting.add(messages.get(messages.size() - 1));
            recordedAt = recordedAt.plusSeconds(3600);
        }
        Projections.deliver(new MeetingsProjection(database), messages);
    }

    private List<ActionView> actions(ListActions query) {
        return queries.list(query, Readers.CLEARED);
    }

    @Test
    void aPlannedMeetingHeldLaterSawItsBoardWhenItWasRecordedAsHeld() {
        MeetingView held = queries.find(new FindMeeting("mt-1"), Readers.CLEARED);
        assertThat(held.status()).isEqualTo(MeetingStatus.HELD);
        assertThat(held.attendees()).containsExactly("Ishaq Dar", "Maxim Ryzhenkov");
        assertThat(held.recordedAt()).isEqualTo(Instant.parse("2025-06-20T10:00:00Z"));
        assertThat(held.seenAt()).isEqualTo(held.recordedAt());
        assertThat(held.decisions()).extracting(decision -> decision.actionIds())
                                    .containsExactly(List.of("d1-1", "d1-2"), List.of("d2-1"));
    }

    @Test
    void actionItemsAreListedDueDateFirstAndOverdueWhenOpenAndLate() {
        assertThat(actions(ListActions.all())).extracting(ActionView::id).containsExactly("d2-1", "d1-1", "d1-2");
        assertThat(actions(new ListActions(null, null, true))).extracting(ActionView::id)
                                                              .containsExactly("d2-1", "d1-1");
        assertThat(actions(new ListActions("PK-MOC", null, null))).extracting(ActionView::id).containsExactly("d1-2");
        ActionView lease = queries.find(new FindAction("d1-1"), Readers.CLEARED);
        assertThat(lease.decidedOn()).isEqualTo(PLANNED_ON);
        assertThat(lease.agreementIds()).containsExactly("trade");
        assertThat(lease.overdue()).isTrue();
    }

    @Test
    void aReportOfDoneClosesTheActionAndADroppedOneStaysWithItsReason() {
        record(new ActionProgressReported("mt-1", "d1-1", "r1", "BY-MINTRADE", LocalDate.parse("2025-07-20"),
                                          ActionReportStatus.DONE, "Lease signed",
                                          List.of(new Evidence("Lease", "https://example.org/lease", null, null))),
               new ActionDropped("mt-1", "d1-2", "The office is staffed from Minsk"));
        ActionView lease = queries.find(new FindAction("d1-1"), Readers.CLEARED);
        assertThat(lease.status()).isEqualTo(ActionStatus.DONE);
        assertThat(lease.overdue()).isFalse();
        assertThat(lease.lastReport().note()).isEqualTo("Lease signed");
        assertThat(lease.lastReport().evidence()).extracting(Evidence::url).containsExactly("https://example.org/lease");
        ActionView staff = queries.find(new FindAction("d1-2"), Readers.CLEARED);
        assertThat(staff.status()).isEqualTo(ActionStatus.DROPPED);
        assertThat(staff.dropReason()).isEqualTo("The office is staffed from Minsk");
        assertThat(actions(new ListActions(null, ActionStatus.OPEN, null))).extracting(ActionView::id)
                                                                            .containsExactly("d2-1");
    }

    @Test
    void aReaderNotClearedForADecisionGetsItsIdAndWhyInItsPlaceAndFiltersLeaveItOut() {
        MeetingView seen = queries.find(new FindMeeting("mt-1"), Readers.reading(OFFICIAL));
        assertThat(seen.decisions().get(0).text()).isEqualTo("Open the trade office");
        assertThat(seen.decisions().get(1).text()).isNull();
        assertThat(seen.decisions().get(1).withheld().level()).isEqualTo("SECRET");
        List<ActionView> all = queries.list(ListActions.all(), Readers.reading(OFFICIAL));
        assertThat(all).hasSize(3);
        assertThat(all).filteredOn(action -> action.withheld() != null).extracting(ActionView::id)
                       .containsExactly("d2-1");
        assertThat(all).allSatisfy(action -> assertThat(action.title()).isNotEqualTo("Ship trainers"));
        assertThat(queries.list(new ListActions("BY-SCMI", null, null), Readers.reading(OFFICIAL))).isEmpty();
        assertThat(queries.find(new FindAction("d2-1"), Readers.reading(OFFICIAL)).title()).isNull();
    }

    @Test
    void redeliveredEventsChangeNothing() {
        record(new ActionProgressReported("mt-1", "d1-1", "r1", "BY-MINTRADE", LocalDate.parse("2025-07-20"),
                                          ActionReportStatus.IN_PROGRESS, "Viewing premises", List.of()));
        Projections.deliver(new MeetingsProjection(database), meeting);
        assertThat(queries.find(new FindAction("d1-1"), Readers.CLEARED).reports()).hasSize(1);
        assertThat(queries.find(new FindMeeting("mt-1"), Readers.CLEARED).decisions()).hasSize(2);
    }
}
