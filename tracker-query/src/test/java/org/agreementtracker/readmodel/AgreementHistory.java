package org.agreementtracker.readmodel;

import org.agreementtracker.api.actor.Actor;
import org.agreementtracker.api.agreement.AgreementEvent;
import org.agreementtracker.api.agreement.AgreementKind;
import org.agreementtracker.api.agreement.AgreementRegistered;
import org.agreementtracker.api.agreement.AgreementSigned;
import org.agreementtracker.api.agreement.Party;
import org.agreementtracker.api.agreement.Signatory;
import org.agreementtracker.api.milestone.Indicator;
import org.agreementtracker.api.milestone.LatestReports;
import org.agreementtracker.api.milestone.MilestonePlanned;
import org.agreementtracker.api.milestone.MilestoneProgressReported;
import org.agreementtracker.api.milestone.MilestoneReportCorrected;
import org.agreementtracker.api.milestone.SideReport;
import org.agreementtracker.api.milestone.ReportStatus;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The events of one agreement as its aggregate would record them: consecutive sequence numbers from 0, a timestamp a
 * minute apart, and the acting user in the metadata. Shorthands build the common events of a Pakistan-Belarus
 * agreement (sides PK and BY).
 */
public final class AgreementHistory {

    public static final Actor COMMITTEE = Actor.committee("chair");
    public static final Actor PK_OFFICER = Actor.ministry("ayesha", "PK", "PK-MOC");
    public static final Actor BY_OFFICER = Actor.ministry("ivan", "BY", "BY-MINTRADE");

    private final String agreementId;
    private final List<DomainEventMessage<?>> events = new ArrayList<>();
    private Instant clock;

    public AgreementHistory(String agreementId, Instant start) {
        this.agreementId = agreementId;
        this.clock = start;
    }

    public static AgreementHistory of(String agreementId) {
        return new AgreementHistory(agreementId, Instant.parse("2025-04-01T09:00:00Z"));
    }

    public String agreementId() {
        return agreementId;
    }

    /** Records {@code event} as done by the committee. */
    public DomainEventMessage<?> record(AgreementEvent event) {
        return record(event, COMMITTEE);
    }

    public DomainEventMessage<?> record(AgreementEvent event, Actor actor) {
        DomainEventMessage<?> message = new GenericDomainEventMessage<>(
                "Agreement", agreementId, events.size(), event, Map.copyOf(actor.toMetadata()),
                UUID.randomUUID().toString(), clock);
        clock = clock.plus(Duration.ofMinutes(1));
        events.add(message);
        return message;
    }

    /** Every event recorded so far, oldest first. */
    public List<DomainEventMessage<?>> events() {
        return List.copyOf(events);
    }

    public DomainEventMessage<?> last() {
        return events.get(events.size() - 1);
    }

    public Instant lastRecordedAt() {
        return last().getTimestamp();
    }

    // ------------------------------------------------------------------------------------------------ shorthands

    public AgreementHistory registered(String ref, String title, List<String> sectors, String... parties) {
        List<Party> partyList = new ArrayList<>();
        for (String body : parties) {
            partyList.add(new Party(body, body.substring(0, 2)));
        }
        record(new AgreementRegistered(agreementId, ref, title, AgreementKind.AGREEMENT, sectors, partyList,
                                       "summary of " + ref, null, null, null));
        return this;
    }

    public AgreementHistory registered(String ref) {
        return registered(ref, "Agreement " + ref, List.of("TRADE"), "PK-MOC", "BY-MINTRADE");
    }

    public AgreementHistory signed(LocalDate on) {
        record(new AgreementSigned(agreementId, on, "Minsk",
                                   List.of(new Signatory("Ishaq Dar", "Foreign Minister", "PK"),
                                           new Signatory("Maxim Ryzhenkov", "Foreign Minister", "BY"))));
        return this;
    }

    public AgreementHistory planned(String milestoneId, LocalDate dueOn, String owner) {
        return planned(milestoneId, dueOn, owner, 1, null);
    }

    public AgreementHistory planned(String milestoneId, LocalDate dueOn, String owner, int weight,
                                    Indicator indicator) {
        record(new MilestonePlanned(agreementId, milestoneId, "Milestone " + milestoneId, dueOn, owner,
                                    owner.substring(0, 2), weight, indicator));
        return this;
    }

    /** A report by the officer of {@code body} (whose country is its side), on its own account. */
    public AgreementHistory reported(String milestoneId, String body, LocalDate on, ReportStatus status,
                                     Integer progress, BigDecimal value) {
        String side = body.substring(0, 2);
        Actor officer = Actor.ministry("officer-of-" + body, side, body);
        record(new MilestoneProgressReported(agreementId, milestoneId, UUID.randomUUID().toString(), side, body,
                                             officer, on, status, progress, value, "note", List.of()), officer);
        return this;
    }

    public AgreementHistory reported(String milestoneId, String body, LocalDate on, ReportStatus status) {
        Integer progress = switch (status) {
            case ACHIEVED -> 100;
            case NOT_STARTED -> 0;
            default -> null;
        };
        return reported(milestoneId, body, on, status, progress, null);
    }

    /**
     * The committee's correction of the report at {@code sequence}: now about {@code on}, with this status and
     * progress; it carries the milestone's accounts as the aggregate folds them again from every report as it now
     * stands.
     */
    public AgreementHistory corrected(int sequence, LocalDate on, ReportStatus status, Integer progress) {
        MilestoneProgressReported original = (MilestoneProgressReported) events.get(sequence).getPayload();
        SideReport corrected = new SideReport(original.side(), on, status, progress, null);
        LatestReports accounts = LatestReports.none();
        for (int at = 0; at < events.size(); at++) {
            if (events.get(at).getPayload() instanceof MilestoneProgressReported report
                    && report.milestoneId().equals(original.milestoneId())) {
                accounts = accounts.with(at == sequence ? corrected : report.toSideReport());
            }
        }
        record(new MilestoneReportCorrected(agreementId, original.milestoneId(), original.reportId(), sequence,
                                            100L + sequence, "Entered wrongly", original.side(), original.body(), on,
                                            status, progress, null, "corrected note", List.of(), accounts),
               COMMITTEE);
        return this;
    }
}
