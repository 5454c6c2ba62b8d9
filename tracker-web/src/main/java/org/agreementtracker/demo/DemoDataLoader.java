package org.agreementtracker.demo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.agreementtracker.agreement.RefRegistry;
import org.agreementtracker.api.actor.Actor;
import org.agreementtracker.api.actor.MetadataKeys;
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
import org.agreementtracker.api.milestone.Evidence;
import org.agreementtracker.api.milestone.Indicator;
import org.agreementtracker.api.milestone.PlanMilestone;
import org.agreementtracker.api.milestone.ReportMilestoneProgress;
import org.agreementtracker.api.milestone.ReportStatus;
import org.agreementtracker.api.review.ActionDecision;
import org.agreementtracker.api.review.Confidence;
import org.agreementtracker.api.review.ImplementationScore;
import org.agreementtracker.api.review.RecordReview;
import org.agreementtracker.projection.ReadYourWrites;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Fills an empty store, on its first start, with the reference agreements and commitments
 * ({@code reference/agreements.json}): registered, signed or announced on their published dates, and the roadmaps,
 * programmes, action plans and MoUs brought into force on signature (the demo's assumption: the reference does not
 * say). Then illustrative milestones, reports from both sides and reviews, every one titled or noted "Example", so
 * that the boards have something to show. All of it is sent as commands, as user {@value #DEMO_USER}, so it is
 * recorded like any other history.
 * <p>
 * The demo classifies them as such a package would be: the defence agreement and the military-technical programme
 * SECRET in the DEFENCE compartment (the programme public from the day after it ends), the interior cooperation
 * RESTRICTED, extradition and readmission OFFICIAL, and the rest PUBLIC, so that the public portal has something to
 * show and the demo users' clearances ({@code DemoUsers}) meet redaction at work.
 * <p>
 * A document in {@value #MARKER_COLLECTION} says the demo data was loaded, so a restart never loads it again; a
 * store that already holds events is left alone. A load that stopped half way resumes on the next start, skipping
 * the agreements already registered. Of several nodes starting at once, the one that inserts the marker loads.
 */
public class DemoDataLoader implements ApplicationRunner {

    public static final String DEMO_USER = "demo-data";
    static final String MARKER_COLLECTION = "demo_data";
    static final String MARKER_ID = "reference-agreements";
    static final String EXAMPLE = "Example: ";

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    /** Kinds that take effect on signature; agreements proper await ratification. */
    private static final Set<AgreementKind> IN_FORCE_ON_SIGNATURE =
            Set.of(AgreementKind.ROADMAP, AgreementKind.PROGRAMME, AgreementKind.ACTION_PLAN, AgreementKind.MOU);
    private static final String CORRELATION_ID = "demo-data";
    private static final Classification SECRET_DEFENCE = new Classification("SECRET", List.of("DEFENCE"), List.of());
    private static final Map<String, Classification> CLASSIFIED = Map.of(
            "PKBY-2025-DEFENCE", SECRET_DEFENCE,
            "PKBY-2025-MTC-ROADMAP", SECRET_DEFENCE,
            "PKBY-2025-INTERIOR", Classification.of("RESTRICTED"),
            "PKBY-2024-EXTRADITION", Classification.of("OFFICIAL"),
            "PKBY-2025-READMISSION", Classification.of("OFFICIAL"));

    private final List<ReferenceAgreement> reference;
    private final CommandGateway commands;
    private final EventStore eventStore;
    private final RefRegistry refs;
    private final BodyRegister bodies;
    private final MongoCollection<Document> markers;
    private final ReadYourWrites readYourWrites;
    private final Clock clock;

    DemoDataLoader(List<ReferenceAgreement> reference, CommandGateway commands, EventStore eventStore,
                   RefRegistry refs, BodyRegister bodies, MongoCollection<Document> markers,
                   ReadYourWrites readYourWrites, Clock clock) {
        this.reference = reference;
        this.commands = commands;
        this.eventStore = eventStore;
        this.refs = refs;
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
        int loaded = 0;
        for (ReferenceAgreement agreement : reference) {
            if (isRegistered(agreement.ref())) {
                continue;
            }
            load(agreement);
            loaded++;
        }
        markers.updateOne(Filters.eq("_id", MARKER_ID),
                          Updates.combine(Updates.set("state", "loaded"),
                                          Updates.set("loadedAt", Date.from(clock.instant()))));
        TrackingToken head = eventStore.createHeadToken();
        if (head != null && head.position().isPresent()) {
            readYourWrites.awaitPosition(head.position().getAsLong());
        }
        log.info("Demo data loaded: {} reference agreements and commitments with illustrative milestones, reports "
                         + "and reviews, each titled or noted \"Example\"; recorded as user {}", loaded, DEMO_USER);
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

    private boolean isRegistered(String ref) {
        return refs.agreementIdOf(ref).filter(id -> eventStore.lastSequenceNumberFor(id).isPresent()).isPresent();
    }

    private void load(ReferenceAgreement agreement) {
        Actor admin = new Actor(DEMO_USER, Role.ADMIN, null, null);
        String id = send(admin, new RegisterAgreement(
                UUID.randomUUID().toString(), agreement.ref(), agreement.title(), agreement.kind(),
                agreement.sectors(), agreement.parties(), agreement.note(), agreement.validFrom(),
                agreement.validUntil(), null,
                CLASSIFIED.getOrDefault(agreement.ref(), Classification.of("PUBLIC")))).agreementId();
        if (agreement.signedOn() != null) {
            send(admin, new SignAgreement(id, agreement.signedOn(), agreement.place(),
                                                                signatories(agreement)));
            if (IN_FORCE_ON_SIGNATURE.contains(agreement.kind())) {
                send(admin, new BringAgreementIntoForce(id, agreement.signedOn()));
            }
        } else if (agreement.announcedOn() != null) {
            String note = agreement.announcedYearOnly()
                    ? "Announced in " + agreement.announcedOn().getYear() + "; the reference gives the year only"
                    : null;
            send(admin, new AnnounceAgreement(id, agreement.announcedOn(), note, null));
        }
        illustrate(agreement, id);
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

    private void illustrate(ReferenceAgreement agreement, String id) {
        switch (agreement.ref()) {
            case "PKBY-2025-LABOUR" -> {
                String workers = plan(id, "Pakistani workers employed in Belarus under the framework",
                                      LocalDate.of(2027, 12, 31), "BY-MOLSP", 3, agreement.indicator());
                // the sides count differently (placements v. work permits): the board shows the dispute
                report(id, workers, "PK-OPHRD", LocalDate.of(2025, 10, 31), ReportStatus.IN_PROGRESS, 1,
                       new BigDecimal("1200"), "Example report: 1,200 workers placed through the Overseas "
                               + "Employment Corporation (illustrative figure)", null);
                report(id, workers, "BY-MOLSP", LocalDate.of(2025, 10, 31), ReportStatus.IN_PROGRESS, 1,
                       new BigDecimal("950"), "Example report: 950 work permits issued to Pakistani nationals "
                               + "(illustrative figure)", null);
                plan(id, "Bilateral labour agreement with welfare and dispute-resolution safeguards signed",
                     LocalDate.of(2025, 12, 31), "PK-OPHRD", 1, null);
                review(id, LocalDate.of(2025, 11, 15), ImplementationScore.MINIMAL, Confidence.AMBER,
                       "Example review: placements have begun, but the sides' counts differ (1,200 placed against "
                               + "950 permits) and the mechanism is still under discussion",
                       List.of(new ActionDecision(EXAMPLE + "reconcile the placement and work-permit counts",
                                                  "BY-MOLSP", LocalDate.of(2026, 1, 31))));
            }
            case "PKBY-2015-TRADE-TARGET" -> {
                String trade = plan(id, "Annual bilateral trade turnover reaches USD 1,000 million",
                                    LocalDate.of(2027, 12, 31), "PK-MOC", 1, agreement.indicator());
                report(id, trade, "PK-MOC", LocalDate.of(2025, 3, 31), ReportStatus.IN_PROGRESS, 5,
                       new BigDecimal("95.4"), "Example report: turnover for 2024 (illustrative figure, not an "
                               + "official statistic)", null);
                report(id, trade, "BY-MART", LocalDate.of(2025, 3, 31), ReportStatus.IN_PROGRESS, 5,
                       new BigDecimal("95.4"), "Example report: turnover for 2024 agreed with the Pakistani side "
                               + "(illustrative figure)", null);
            }
            case "PKBY-2025-POSTAL" -> {
                String mail = plan(id, "First exchange of international mail under the agreement",
                                   LocalDate.of(2025, 9, 30), "PK-POST", 1, null);
                report(id, mail, "PK-POST", LocalDate.of(2025, 7, 15), ReportStatus.ACHIEVED, 100, null,
                       "Example report: first dispatch to Minsk sent", new Evidence(
                               EXAMPLE + "dispatch note", null, null, "dispatch note"));
                report(id, mail, "BY-BELPOST", LocalDate.of(2025, 7, 22), ReportStatus.ACHIEVED, 100, null,
                       "Example report: first dispatch from Islamabad received and answered", null);
                review(id, LocalDate.of(2025, 9, 1), ImplementationScore.FULL, Confidence.GREEN,
                       "Example review: the mail exchange works as agreed", List.of());
            }
            case "PKBY-2025-SME" -> {
                String forum = plan(id, "Joint SME business forum held", LocalDate.of(2025, 10, 31), "PK-SMEDA",
                                    1, null);
                report(id, forum, "PK-SMEDA", LocalDate.of(2025, 9, 25), ReportStatus.ACHIEVED, 100, null,
                       "Example report: forum held in Lahore with 40 Belarusian firms", null);
                report(id, forum, "BY-BFFSE", LocalDate.of(2025, 9, 30), ReportStatus.IN_PROGRESS, 80, null,
                       "Example report: follow-up meetings with the firms still to come", null);
            }
            case "PKBY-2024-ROADMAP" -> {
                // owned by the foreign ministries, so that the demo officers (ministry-pk, ministry-by) have a
                // milestone of their own to report on from the ministry page
                String session = plan(id, "Next session of the Joint Ministerial Commission held",
                                      LocalDate.of(2026, 12, 15), "PK-MOFA", 1, null);
                report(id, session, "BY-MFA", LocalDate.of(2026, 10, 20), ReportStatus.IN_PROGRESS, 40, null,
                       "Example report: dates proposed to the Pakistani side through diplomatic channels", null);
            }
            case "PKBY-2025-READMISSION" -> plan(id, "Instruments of ratification exchanged",
                                                 LocalDate.of(2025, 10, 11), "PK-MOI", 1, null);
            case "PKBY-2025-DEFENCE" -> {
                String talks = plan(id, "First joint defence staff talks held", LocalDate.of(2025, 11, 30),
                                    "PK-MOD", 1, null);
                report(id, talks, "PK-MOD", LocalDate.of(2025, 11, 20), ReportStatus.ACHIEVED, 100, null,
                       "Example report: staff talks held in Rawalpindi", null);
            }
            case "PKBY-2025-MTC-ROADMAP" -> {
                plan(id, "Joint production plan for the programme's second year agreed", LocalDate.of(2026, 6, 30),
                     "PK-MODP", 2, null);
                send(new Actor(DEMO_USER, Role.COMMITTEE, null, null),
                     new ClassifyAgreement(id, SECRET_DEFENCE, "Example: public once the programme has ended",
                                           LocalDate.of(2028, 1, 1), null));
            }
            case "PKBY-2025-INTERIOR" -> {
                String group = plan(id, "Joint working group on organised crime meets", LocalDate.of(2026, 3, 31),
                                    "PK-MOI", 1, null);
                report(id, group, "BY-MVD", LocalDate.of(2026, 2, 10), ReportStatus.IN_PROGRESS, 50, null,
                       "Example report: terms of reference exchanged", null);
            }
            default -> {
                // the other reference agreements carry no examples
            }
        }
    }

    private String plan(String agreementId, String title, LocalDate dueOn, String owner, int weight,
                        Indicator indicator) {
        String milestoneId = UUID.randomUUID().toString();
        send(new Actor(DEMO_USER, Role.COMMITTEE, null, null),
             new PlanMilestone(agreementId, milestoneId, EXAMPLE + title, dueOn, owner, weight, indicator));
        return milestoneId;
    }

    private void report(String agreementId, String milestoneId, String body, LocalDate occurredOn,
                        ReportStatus status, Integer progressPercent, BigDecimal value, String note,
                        Evidence evidence) {
        Actor officer = Actor.ministry(DEMO_USER, bodies.find(body).orElseThrow().country(), body);
        send(officer, new ReportMilestoneProgress(
                agreementId, milestoneId, UUID.randomUUID().toString(), officer, null, occurredOn, status,
                progressPercent, value, note, evidence == null ? List.of() : List.of(evidence)));
    }

    private void review(String agreementId, LocalDate reviewedOn, ImplementationScore score, Confidence confidence,
                        String findings, List<ActionDecision> actions) {
        send(new Actor(DEMO_USER, Role.COMMITTEE, null, null),
             new RecordReview(agreementId, UUID.randomUUID().toString(), reviewedOn, score, confidence, findings,
                              actions));
    }

    /** Sends as {@code actor} today; a command that states its own date dates its events by it. */
    private AgreementVersion send(Actor actor, Object command) {
        Map<String, Object> metaData = new HashMap<>(actor.toMetadata());
        metaData.put(MetadataKeys.CORRELATION_ID, CORRELATION_ID);
        metaData.put(MetadataKeys.OCCURRED_ON, LocalDate.now(clock).toString());
        return commands.sendAndWait(command, MetaData.from(metaData));
    }
}
