package org.agreementtracker.demo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.agreementtracker.api.actor.Actor;
import org.agreementtracker.api.actor.Role;
import org.agreementtracker.api.agreement.AgreementKind;
import org.agreementtracker.api.agreement.AgreementVersion;
import org.agreementtracker.api.agreement.AnnounceAgreement;
import org.agreementtracker.api.agreement.BringAgreementIntoForce;
import org.agreementtracker.api.agreement.ClassifyAgreement;
import org.agreementtracker.api.agreement.RegisterAgreement;
import org.agreementtracker.api.agreement.SignAgreement;
import org.agreementtracker.api.agreement.Signatory;
import org.agreementtracker.api.body.BodyRegister;
import org.agreementtracker.api.classification.Classification;
import org.agreementtracker.api.meeting.ActionReportStatus;
import org.agreementtracker.api.meeting.MeetingStatus;
import org.agreementtracker.api.meeting.RecordDecision;
import org.agreementtracker.api.meeting.RecordMeeting;
import org.agreementtracker.api.meeting.ReportActionProgress;
import org.agreementtracker.api.milestone.CorrectMilestoneReport;
import org.agreementtracker.api.milestone.Evidence;
import org.agreementtracker.api.milestone.Indicator;
import org.agreementtracker.api.milestone.PlanMilestone;
import org.agreementtracker.api.milestone.ReportMilestoneProgress;
import org.agreementtracker.api.milestone.ReportReplacement;
import org.agreementtracker.api.milestone.ReportStatus;
import org.agreementtracker.api.review.ActionDecision;
import org.agreementtracker.api.review.ActionItem;
import org.agreementtracker.api.review.Confidence;
import org.agreementtracker.api.review.ImplementationScore;
import org.agreementtracker.api.review.RecordReview;
import org.agreementtracker.projection.ReadYourWrites;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fills an empty store, on its first start, with the reference agreements and commitments
 * ({@code reference/agreements.json}): registered, signed or announced on their published dates, and the roadmaps,
 * programmes, action plans and MoUs brought into force on signature (the demo's assumption: the reference does not
 * say). Then illustrative milestones, reports from both sides, reviews, a correction, two past meetings of the
 * committee with decisions and action items, and a planned one; every one titled or noted "Example" or "(simulated)",
 * so that the boards have something to show. All of it is sent as commands, as user {@value #DEMO_USER}, so it is
 * recorded like any other history, but as a {@link SimulatedHistory}: each event at the moment the tracker would
 * have learned it, from 2024 to now, and marked so in its metadata.
 * <p>
 * The demo classifies them as such a package would be: the defence agreement and the military-technical programme
 * SECRET in the DEFENCE compartment (the programme public from the day after it ends), the interior cooperation
 * RESTRICTED, extradition and readmission OFFICIAL, and the rest PUBLIC, so that the public portal has something to
 * show and the demo users' clearances ({@code DemoUsers}) meet redaction at work.
 * <p>
 * A document in {@value #MARKER_COLLECTION} says the demo data was loaded, so a restart never loads it again; a
 * store that already holds events is left alone. The history's ids are derived from the reference, so it is the same
 * on every start: a load that stopped half way resumes on the next start after the steps the marker counts as sent.
 * Of several nodes starting at once, the one that inserts the marker loads.
 */
public class DemoDataLoader implements ApplicationRunner {

    public static final String DEMO_USER = "demo-data";
    static final String MARKER_COLLECTION = "demo_data";
    static final String MARKER_ID = "reference-agreements";
    static final String EXAMPLE = "Example: ";
    static final String SIMULATED = " (simulated)";

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    /** Kinds that take effect on signature; agreements proper await ratification. */
    private static final Set<AgreementKind> IN_FORCE_ON_SIGNATURE =
            Set.of(AgreementKind.ROADMAP, AgreementKind.PROGRAMME, AgreementKind.ACTION_PLAN, AgreementKind.MOU);
    private static final String CORRELATION_ID = "demo-data";
    /** The tracker's simulated first day: what was signed before, it learned then. */
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 15);
    private static final Classification SECRET_DEFENCE = new Classification("SECRET", List.of("DEFENCE"), List.of());
    private static final Map<String, Classification> CLASSIFIED = Map.of(
            "PKBY-2025-DEFENCE", SECRET_DEFENCE,
            "PKBY-2025-MTC-ROADMAP", SECRET_DEFENCE,
            "PKBY-2025-INTERIOR", Classification.of("RESTRICTED"),
            "PKBY-2024-EXTRADITION", Classification.of("OFFICIAL"),
            "PKBY-2025-READMISSION", Classification.of("OFFICIAL"));
    private static final Actor ADMIN = new Actor(DEMO_USER, Role.ADMIN, null, null);
    private static final Actor COMMITTEE = new Actor(DEMO_USER, Role.COMMITTEE, null, null);

    private final List<ReferenceAgreement> reference;
    private final CommandGateway commands;
    private final EventStore eventStore;
    private final BodyRegister bodies;
    private final MongoCollection<Document> markers;
    private final ReadYourWrites readYourWrites;
    private final Clock clock;
    /** The agreements' ids by ref, for the meetings' decisions about them. */
    private final Map<String, String> ids = new HashMap<>();
    private SimulatedHistory history;

    DemoDataLoader(List<ReferenceAgreement> reference, CommandGateway commands, EventStore eventStore,
                   BodyRegister bodies, MongoCollection<Document> markers, ReadYourWrites readYourWrites,
                   Clock clock) {
        this.reference = reference;
        this.commands = commands;
        this.eventStore = eventStore;
        this.bodies = bodies;
        this.markers = markers;
        this.readYourWrites = readYourWrites;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        Document marker = markers.find(Filters.eq("_id", MARKER_ID)).first();
        if (marker != null && "loaded".equals(marker.getString("state"))) {
            log.info("Demo data was loaded on {}; not loading it again", marker.get("loadedAt"));
            return;
        }
        if (marker == null) {
            if (eventStore.createHeadToken() != null) {
                log.info("The store holds events already, so no demo data is loaded into it");
                return;
            }
            if (!claim()) {
                log.info("Another node is loading the demo data");
                return;
            }
        }
        int sent = marker == null || marker.get("sent") == null ? 0 : marker.getInteger("sent");
        history = new SimulatedHistory(FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant(),
                                       clock.instant().minus(Duration.ofHours(1)));
        reference.forEach(this::load);
        meetings();
        history.record(commands, CORRELATION_ID, sent, count -> markers.updateOne(
                Filters.eq("_id", MARKER_ID), Updates.set("sent", count)));
        markers.updateOne(Filters.eq("_id", MARKER_ID),
                          Updates.combine(Updates.set("state", "loaded"),
                                          Updates.set("loadedAt", Date.from(clock.instant()))));
        TrackingToken head = eventStore.createHeadToken();
        if (head != null && head.position().isPresent()) {
            readYourWrites.awaitPosition(head.position().getAsLong());
        }
        log.info("Demo data loaded: {} reference agreements and commitments with illustrative milestones, reports, "
                         + "reviews and meetings, each titled or noted \"Example\" or \"(simulated)\"; {} steps "
                         + "recorded as user {} at simulated moments from {} on", reference.size(), history.size(),
                 DEMO_USER, FIRST_DAY);
    }

    private boolean claim() {
        try {
            markers.insertOne(new Document("_id", MARKER_ID).append("state", "loading")
                                                            .append("startedAt", Date.from(clock.instant())));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** An id derived from what it names, the same on every start. */
    private static String id(String... names) {
        return UUID.nameUUIDFromBytes(("demo-data:" + String.join("/", names)).getBytes(StandardCharsets.UTF_8))
                   .toString();
    }

    private void load(ReferenceAgreement agreement) {
        String id = id(agreement.ref());
        ids.put(agreement.ref(), id);
        LocalDate known = agreement.signedOn() != null ? agreement.signedOn()
                : agreement.announcedOn() != null ? agreement.announcedOn() : FIRST_DAY;
        Instant registered = SimulatedHistory.on(known.isBefore(FIRST_DAY) ? FIRST_DAY : known, 9);
        history.at(registered, id, ADMIN, new RegisterAgreement(
                id, agreement.ref(), agreement.title(), agreement.kind(), agreement.sectors(), agreement.parties(),
                agreement.note(), agreement.validFrom(), agreement.validUntil(), null,
                CLASSIFIED.getOrDefault(agreement.ref(), Classification.of("PUBLIC"))));
        if (agreement.signedOn() != null) {
            history.at(registered, id, ADMIN, new SignAgreement(id, agreement.signedOn(), agreement.place(),
                                                                signatories(agreement)));
            if (IN_FORCE_ON_SIGNATURE.contains(agreement.kind())) {
                history.at(registered, id, ADMIN, new BringAgreementIntoForce(id, agreement.signedOn()));
            }
        } else if (agreement.announcedOn() != null) {
            String note = agreement.announcedYearOnly()
                    ? "Announced in " + agreement.announcedOn().getYear() + "; the reference gives the year only"
                    : null;
            history.at(registered, id, ADMIN, new AnnounceAgreement(id, agreement.announcedOn(), note, null));
        }
        illustrate(agreement, id, LocalDate.ofInstant(registered, ZoneOffset.UTC).plusDays(7));
    }

    /** Who exchanged it, in the order of the parties (one per party, as the reference lists them). */
    private List<Signatory> signatories(ReferenceAgreement agreement) {
        List<Signatory> signatories = new ArrayList<>();
        for (int i = 0; i < agreement.exchangedBy().size() && i < agreement.parties().size(); i++) {
            String side = bodies.find(agreement.parties().get(i)).orElseThrow().country();
            signatories.add(new Signatory(agreement.exchangedBy().get(i), null, side));
        }
        return signatories;
    }

    // ------------------------------------------------------------------------------------------ the examples

    /** The examples of one agreement; its milestones planned on {@code plannedOn}. */
    private void illustrate(ReferenceAgreement agreement, String id, LocalDate plannedOn) {
        switch (agreement.ref()) {
            case "PKBY-2025-LABOUR" -> {
                String workers = plan(id, plannedOn, "Pakistani workers employed in Belarus under the framework",
                                      LocalDate.of(2027, 12, 31), "BY-MOLSP", 3, agreement.indicator());
                review(id, LocalDate.of(2025, 6, 25), ImplementationScore.INTERMEDIATE, Confidence.GREEN,
                       "Example review: the recruitment channel is agreed and the first vacancies are listed",
                       List.of());
                // the sides count differently (placements v. work permits): the board shows the dispute
                report(id, workers, "PK-OPHRD", LocalDate.of(2025, 10, 31), ReportStatus.IN_PROGRESS, 1,
                       new BigDecimal("1200"), "Example report: 1,200 workers placed through the Overseas "
                               + "Employment Corporation (illustrative figure)", null, 2);
                report(id, workers, "BY-MOLSP", LocalDate.of(2025, 10, 31), ReportStatus.IN_PROGRESS, 1,
                       new BigDecimal("950"), "Example report: 950 work permits issued to Pakistani nationals "
                               + "(illustrative figure)", null, 3);
                plan(id, plannedOn, "Bilateral labour agreement with welfare and dispute-resolution safeguards "
                        + "signed", LocalDate.of(2025, 12, 31), "PK-OPHRD", 1, null);
                review(id, LocalDate.of(2025, 11, 15), ImplementationScore.MINIMAL, Confidence.AMBER,
                       "Example review: placements have begun, but the sides' counts differ (1,200 placed against "
                               + "950 permits) and the mechanism is still under discussion",
                       List.of(new ActionDecision(EXAMPLE + "reconcile the placement and work-permit counts",
                                                  "BY-MOLSP", LocalDate.of(2026, 1, 31))));
            }
            case "PKBY-2015-TRADE-TARGET" -> {
                String trade = plan(id, plannedOn, "Annual bilateral trade turnover reaches USD 1,000 million",
                                    LocalDate.of(2027, 12, 31), "PK-MOC", 1, agreement.indicator());
                AtomicLong reported = report(id, trade, "PK-MOC", LocalDate.of(2025, 3, 31), ReportStatus.IN_PROGRESS, 5,
                                       new BigDecimal("95.4"), "Example report: turnover for 2024 (illustrative "
                                               + "figure, not an official statistic)", null, 3);
                report(id, trade, "BY-MART", LocalDate.of(2025, 3, 31), ReportStatus.IN_PROGRESS, 5,
                       new BigDecimal("95.4"), "Example report: turnover for 2024 agreed with the Pakistani side "
                               + "(illustrative figure)", null, 4);
                // learned after the first meeting, about a date before it: that meeting's hindsight shows it
                history.at(SimulatedHistory.on(LocalDate.of(2025, 7, 10), 10), id, COMMITTEE, () ->
                        new CorrectMilestoneReport(id, reported.get(), null, "Example correction: the "
                                + "statistics office revised the 2024 figure",
                                new ReportReplacement(null, null, null, new BigDecimal("95.1"), null, null)),
                        answer -> { });
            }
            case "PKBY-2025-POSTAL" -> {
                String mail = plan(id, plannedOn, "First exchange of international mail under the agreement",
                                   LocalDate.of(2025, 9, 30), "PK-POST", 1, null);
                report(id, mail, "PK-POST", LocalDate.of(2025, 7, 15), ReportStatus.ACHIEVED, 100, null,
                       "Example report: first dispatch to Minsk sent", new Evidence(
                               EXAMPLE + "dispatch note", null, null, "dispatch note"), 1);
                report(id, mail, "BY-BELPOST", LocalDate.of(2025, 7, 22), ReportStatus.ACHIEVED, 100, null,
                       "Example report: first dispatch from Islamabad received and answered", null, 2);
                review(id, LocalDate.of(2025, 9, 1), ImplementationScore.FULL, Confidence.GREEN,
                       "Example review: the mail exchange works as agreed", List.of());
                review(id, LocalDate.of(2026, 3, 2), ImplementationScore.INTERMEDIATE, Confidence.AMBER,
                       "Example review: parcels are held up at customs since January", List.of());
            }
            case "PKBY-2025-SME" -> {
                String forum = plan(id, plannedOn, "Joint SME business forum held", LocalDate.of(2025, 10, 31),
                                    "PK-SMEDA", 1, null);
                report(id, forum, "PK-SMEDA", LocalDate.of(2025, 9, 25), ReportStatus.ACHIEVED, 100, null,
                       "Example report: forum held in Lahore with 40 Belarusian firms", null, 2);
                // a late report: sent after the autumn meeting, about a day before it
                report(id, forum, "BY-BFFSE", LocalDate.of(2025, 9, 30), ReportStatus.IN_PROGRESS, 80, null,
                       "Example report: follow-up meetings with the firms still to come", null, 56);
            }
            case "PKBY-2024-ROADMAP" -> {
                // owned by the foreign ministries, so that the demo officers (ministry-pk, ministry-by) have a
                // milestone of their own to report on from the ministry page
                String session = plan(id, plannedOn, "Next session of the Joint Ministerial Commission held",
                                      LocalDate.of(2026, 12, 15), "PK-MOFA", 1, null);
                report(id, session, "BY-MFA", LocalDate.of(2026, 10, 20), ReportStatus.IN_PROGRESS, 40, null,
                       "Example report: dates proposed to the Pakistani side through diplomatic channels", null, 1);
            }
            case "PKBY-2025-READMISSION" -> plan(id, plannedOn, "Instruments of ratification exchanged",
                                                 LocalDate.of(2025, 10, 11), "PK-MOI", 1, null);
            case "PKBY-2025-DEFENCE" -> {
                String talks = plan(id, plannedOn, "First joint defence staff talks held", LocalDate.of(2025, 11, 30),
                                    "PK-MOD", 1, null);
                report(id, talks, "PK-MOD", LocalDate.of(2025, 11, 20), ReportStatus.ACHIEVED, 100, null,
                       "Example report: staff talks held in Rawalpindi", null, 1);
            }
            case "PKBY-2025-MTC-ROADMAP" -> {
                plan(id, plannedOn, "Joint production plan for the programme's second year agreed",
                     LocalDate.of(2026, 6, 30), "PK-MODP", 2, null);
                history.at(SimulatedHistory.on(plannedOn, 11), id, COMMITTEE,
                           new ClassifyAgreement(id, SECRET_DEFENCE, "Example: public once the programme has ended",
                                                 LocalDate.of(2028, 1, 1), null));
            }
            case "PKBY-2025-INTERIOR" -> {
                String group = plan(id, plannedOn, "Joint working group on organised crime meets",
                                    LocalDate.of(2026, 3, 31), "PK-MOI", 1, null);
                report(id, group, "BY-MVD", LocalDate.of(2026, 2, 10), ReportStatus.IN_PROGRESS, 50, null,
                       "Example report: terms of reference exchanged", null, 2);
            }
            default -> {
                // the other reference agreements carry no examples
            }
        }
    }

    /** Two meetings held, with decisions and action items (one done, others still open), and one planned. */
    private void meetings() {
        String june = id("meeting", "2025-06");
        LocalDate juneDay = LocalDate.of(2025, 6, 30);
        history.at(SimulatedHistory.on(juneDay, 15), june, COMMITTEE, new RecordMeeting(
                june, juneDay, "Joint Working Group on Trade and Labour, 2025 session" + SIMULATED,
                List.of("Ishaq Dar", "Maxim Ryzhenkov", "Chaudhry Salik Hussain")));
        String placements = decide(june, juneDay, "june-1", "Open the placement pipeline for Pakistani workers",
                                   "PKBY-2025-LABOUR", null,
                                   new ActionDecision(EXAMPLE + "share the list of vacancies with the Overseas "
                                           + "Employment Corporation", "BY-MOLSP", LocalDate.of(2025, 9, 30)),
                                   new ActionDecision(EXAMPLE + "publish the SME forum's list of participating "
                                           + "firms", "PK-SMEDA", LocalDate.of(2025, 10, 31))).get(0);
        reportAction(june, placements, "BY-MOLSP", LocalDate.of(2025, 9, 20), ActionReportStatus.DONE,
                     "Example report: 2,300 vacancies sent to the Corporation", new Evidence(
                             EXAMPLE + "letter to the Overseas Employment Corporation", null, null, "letter"));

        String november = id("meeting", "2025-11");
        LocalDate novemberDay = LocalDate.of(2025, 11, 20);
        history.at(SimulatedHistory.on(novemberDay, 15), november, COMMITTEE, new RecordMeeting(
                november, novemberDay, "Coordination Committee, autumn 2025 session" + SIMULATED,
                List.of("Ishaq Dar", "Maxim Ryzhenkov")));
        String counts = decide(november, novemberDay, "november-1",
                               "Reconcile the workers' counts before the next session", "PKBY-2025-LABOUR", null,
                               new ActionDecision(EXAMPLE + "agree one count of placements and permits", "PK-OPHRD",
                                                  LocalDate.of(2026, 2, 28))).get(0);
        reportAction(november, counts, "PK-OPHRD", LocalDate.of(2026, 1, 15), ActionReportStatus.IN_PROGRESS,
                     "Example report: the counts are being matched name by name", null);
        decide(november, novemberDay, "november-2", "Second round of defence staff talks, in Minsk",
               "PKBY-2025-DEFENCE", SECRET_DEFENCE,
               new ActionDecision(EXAMPLE + "host the second round of staff talks", "BY-MOD",
                                  LocalDate.of(2026, 5, 31)));

        String next = id("meeting", "2026-12");
        history.at(SimulatedHistory.on(LocalDate.of(2026, 11, 20), 10), next, COMMITTEE, new RecordMeeting(
                next, LocalDate.of(2026, 12, 15), "Joint Ministerial Commission, 2026 session" + SIMULATED,
                List.of("Ishaq Dar", "Maxim Ryzhenkov"), MeetingStatus.PLANNED));
    }

    /** A decision recorded half an hour after its meeting began; the ids of its action items. */
    private List<String> decide(String meetingId, LocalDate heldOn, String key, String text, String ref,
                                Classification classification, ActionDecision... actions) {
        String decisionId = id("decision", key);
        history.at(SimulatedHistory.on(heldOn, 15).plus(Duration.ofMinutes(30)), meetingId, COMMITTEE,
                   new RecordDecision(meetingId, decisionId, EXAMPLE + text, List.of(ids.get(ref)),
                                      List.of(actions), classification));
        List<String> actionIds = new ArrayList<>();
        for (int i = 1; i <= actions.length; i++) {
            actionIds.add(ActionItem.idOf(decisionId, i));
        }
        return actionIds;
    }

    private void reportAction(String meetingId, String actionId, String body, LocalDate occurredOn,
                              ActionReportStatus status, String note, Evidence evidence) {
        Actor officer = Actor.ministry(DEMO_USER, bodies.find(body).orElseThrow().country(), body);
        history.at(SimulatedHistory.on(occurredOn.plusDays(2), 11), meetingId, officer, new ReportActionProgress(
                meetingId, actionId, id("report", actionId, occurredOn.toString()), occurredOn, status, note,
                evidence == null ? List.of() : List.of(evidence)));
    }

    private String plan(String agreementId, LocalDate plannedOn, String title, LocalDate dueOn, String owner,
                        int weight, Indicator indicator) {
        String milestoneId = id(agreementId, "milestone", title);
        history.at(SimulatedHistory.on(plannedOn, 10), agreementId, COMMITTEE,
                   new PlanMilestone(agreementId, milestoneId, EXAMPLE + title, dueOn, owner, weight, indicator));
        return milestoneId;
    }

    /**
     * A report learned {@code lateBy} days after the day it speaks of; its event's sequence number once it is sent,
     * for a correction of it.
     */
    private AtomicLong report(String agreementId, String milestoneId, String body, LocalDate occurredOn,
                        ReportStatus status, Integer progressPercent, BigDecimal value, String note,
                        Evidence evidence, int lateBy) {
        Actor officer = Actor.ministry(DEMO_USER, bodies.find(body).orElseThrow().country(), body);
        AtomicLong sequence = new AtomicLong(-1);
        history.<AgreementVersion>at(
                SimulatedHistory.on(occurredOn.plusDays(lateBy), 11), agreementId, officer,
                () -> new ReportMilestoneProgress(agreementId, milestoneId, id(milestoneId, body,
                                                                               occurredOn.toString()),
                                                  officer, null, occurredOn, status, progressPercent, value, note,
                                                  evidence == null ? List.of() : List.of(evidence)),
                written -> sequence.set(written.version()));
        return sequence;
    }

    private void review(String agreementId, LocalDate reviewedOn, ImplementationScore score, Confidence confidence,
                        String findings, List<ActionDecision> actions) {
        history.at(SimulatedHistory.on(reviewedOn, 16), agreementId, COMMITTEE,
                   new RecordReview(agreementId, id(agreementId, "review", reviewedOn.toString()), reviewedOn,
                                    score, confidence, findings, actions));
    }
}
