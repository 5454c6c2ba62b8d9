package org.agreementtracker.agreement;

import org.agreementtracker.api.actor.MetadataKeys;
import org.agreementtracker.api.agreement.AgreementAnnounced;
import org.agreementtracker.api.agreement.AgreementClassified;
import org.agreementtracker.api.agreement.AgreementCompleted;
import org.agreementtracker.api.agreement.AgreementDeclassified;
import org.agreementtracker.api.agreement.AgreementEnteredIntoForce;
import org.agreementtracker.api.agreement.AgreementExpired;
import org.agreementtracker.api.agreement.AgreementKind;
import org.agreementtracker.api.agreement.AgreementRegistered;
import org.agreementtracker.api.agreement.AgreementResumed;
import org.agreementtracker.api.agreement.AgreementRuleViolation;
import org.agreementtracker.api.agreement.AgreementSigned;
import org.agreementtracker.api.agreement.AgreementStatus;
import org.agreementtracker.api.agreement.AgreementSuspended;
import org.agreementtracker.api.agreement.AgreementTerminated;
import org.agreementtracker.api.agreement.AgreementVersion;
import org.agreementtracker.api.agreement.AnnounceAgreement;
import org.agreementtracker.api.agreement.BringAgreementIntoForce;
import org.agreementtracker.api.agreement.ClassifyAgreement;
import org.agreementtracker.api.agreement.CompleteAgreement;
import org.agreementtracker.api.agreement.DeclassifyAgreement;
import org.agreementtracker.api.agreement.ExpireAgreement;
import org.agreementtracker.api.agreement.Party;
import org.agreementtracker.api.agreement.RefusalCode;
import org.agreementtracker.api.agreement.RegisterAgreement;
import org.agreementtracker.api.agreement.ResumeAgreement;
import org.agreementtracker.api.agreement.SignAgreement;
import org.agreementtracker.api.agreement.Signatory;
import org.agreementtracker.api.agreement.SuspendAgreement;
import org.agreementtracker.api.agreement.TerminateAgreement;
import org.agreementtracker.api.body.BodyRegister;
import org.agreementtracker.api.classification.Classification;
import org.agreementtracker.api.classification.ClassificationScheme;
import org.agreementtracker.api.milestone.CancelMilestone;
import org.agreementtracker.api.milestone.CorrectMilestoneReport;
import org.agreementtracker.api.milestone.Evidence;
import org.agreementtracker.api.milestone.Indicator;
import org.agreementtracker.api.milestone.MilestoneCancelled;
import org.agreementtracker.api.milestone.MilestonePlanned;
import org.agreementtracker.api.milestone.MilestoneProgressReported;
import org.agreementtracker.api.milestone.MilestoneReportCorrected;
import org.agreementtracker.api.milestone.MilestoneRescheduled;
import org.agreementtracker.api.milestone.MilestoneStatus;
import org.agreementtracker.api.milestone.PlanMilestone;
import org.agreementtracker.api.milestone.ReportMilestoneProgress;
import org.agreementtracker.api.milestone.ReportReplacement;
import org.agreementtracker.api.milestone.ReportStatus;
import org.agreementtracker.api.milestone.RescheduleMilestone;
import org.agreementtracker.api.review.ActionDecision;
import org.agreementtracker.api.review.ActionItem;
import org.agreementtracker.api.review.ActionItemCompleted;
import org.agreementtracker.api.review.CompleteActionItem;
import org.agreementtracker.api.review.CorrectReview;
import org.agreementtracker.api.review.RecordReview;
import org.agreementtracker.api.review.ReviewCorrected;
import org.agreementtracker.api.review.ReviewRecorded;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An agreement: its legal lifecycle here, its milestones and the reports on them ({@link Milestones}) and the
 * committee's reviews ({@link Reviews}) in entities of their own, in one consistency boundary (a report's
 * admissibility depends on the agreement's status and parties, a reschedule on the reports). The commands are handled
 * here, where every rule can see what it depends on; each entity changes its state in its own event-sourcing
 * handlers. Every command returns the agreement's {@link AgreementVersion} after it, and every event states the
 * classification of what it says ({@link #record}), by which the store seals it.
 * <p>
 * Handlers take the {@link Clock} (for "not in the future"), the {@link BodyRegister} (for bodies' countries) and the
 * {@link ClassificationScheme} as injected resources. Nobody writes to what they may not read: every command first
 * passes {@link #refuseUnlessCleared}, whatever it is ({@link ClassificationPolicy}). Registration goes through
 * {@link AgreementRegistration}, which makes {@code ref} unique first.
 * <p>
 * The revision is that of its snapshots' shape: a snapshot of another revision is ignored and the agreement rebuilt
 * from its events (revision 2 keeps milestones and reviews in their entities, {@link Milestones} and {@link Reviews}).
 */
@Revision("2")
public class Agreement {

    private static final int MAX_REF_LENGTH = 100;

    @AggregateIdentifier
    private String agreementId;
    private String ref;
    private AgreementKind kind;
    private AgreementStatus status;
    private Parties parties;
    private LocalDate validUntil;
    /** The date it was signed or announced. */
    private LocalDate concludedOn;
    /** The business date of the latest lifecycle step; the next may not precede it. */
    private LocalDate lastStepOn;
    private Classification classification;
    /** The day it becomes public by itself, {@code null} when none is scheduled. */
    private LocalDate declassifyOn;
    @AggregateMember
    private Milestones milestones = new Milestones();
    @AggregateMember
    private Reviews reviews = new Reviews();

    /** For Axon, which rebuilds the agreement from its events. */
    protected Agreement() {
    }

    /** Registers a new agreement; see {@link AgreementRegistration} for the uniqueness of its ref. */
    Agreement(RegisterAgreement command, BodyRegister bodies, ClassificationScheme scheme, MetaData metaData) {
        String agreementId = Require.text("agreementId", command.agreementId());
        String ref = Require.text("ref", command.ref());
        if (ref.length() > MAX_REF_LENGTH) {
            throw Require.invalid("ref", "A ref has at most " + MAX_REF_LENGTH + " characters");
        }
        String title = Require.text("title", command.title());
        AgreementKind kind = Require.present("kind", command.kind());
        List<String> sectors = sectors(command.sectors());
        Parties parties = Parties.of(command.parties(), bodies);
        if (command.validFrom() != null && command.validUntil() != null
                && command.validUntil().isBefore(command.validFrom())) {
            throw Require.invalid("validUntil", "The validity period ends (" + command.validUntil()
                    + ") before it begins (" + command.validFrom() + ")");
        }
        String parentRef = Require.optionalText(command.parentRef());
        if (parentRef != null && RefRegistry.key(ref).equals(RefRegistry.key(parentRef))) {
            throw Require.invalid("parentRef", "Agreement " + ref + " cannot be its own parent");
        }
        Classification classification = scheme.orDefault(
                ClassificationPolicy.checked("classification", command.classification(), scheme));
        ClassificationPolicy.refuseUnlessCleared(metaData, classification, scheme, "an agreement classified "
                + classification.describe());
        record(new AgreementRegistered(agreementId, ref, title, kind, sectors, parties.parties(),
                                       Require.optionalText(command.summary()), command.validFrom(),
                                       command.validUntil(), parentRef, classification),
               classification, MetaData.emptyInstance());
    }

    private static List<String> sectors(List<String> sectors) {
        if (sectors.isEmpty()) {
            throw new AgreementRuleViolation(RefusalCode.REQUIRED, "sectors", "sectors is required");
        }
        List<String> result = new ArrayList<>();
        for (String sector : sectors) {
            String name = SectorCodesUpcaster.code(Require.text("sectors", sector));
            if (result.contains(name)) {
                throw Require.invalid("sectors", "Sector " + name + " is named twice");
            }
            result.add(name);
        }
        return result;
    }

    // -------------------------------------------------------------------------------------------- classification

    /** Every command on this agreement, from a writer who may not read it, is refused before it is looked at. */
    @CommandHandlerInterceptor
    public Object refuseUnlessCleared(CommandMessage<?> command, InterceptorChain chain, ClassificationScheme scheme)
            throws Exception {
        ClassificationPolicy.refuseUnlessCleared(command.getMetaData(), classification, scheme,
                                                 "agreement " + agreementId);
        return chain.proceed();
    }

    @CommandHandler
    public AgreementVersion handle(ClassifyAgreement command, ClassificationScheme scheme, Clock clock,
                                   MetaData metaData) {
        Classification next = Require.present("classification",
                                              ClassificationPolicy.checked("classification", command.classification(),
                                                                           scheme));
        String reason = Require.text("reason", command.reason());
        ClassificationPolicy.refuseUnlessCleared(metaData, next, scheme, "an agreement classified "
                + next.describe());
        if (command.declassifyOn() != null && !command.declassifyOn().isAfter(LocalDate.now(clock))) {
            throw Require.invalid("declassifyOn", "A declassification is scheduled for a day to come, not "
                    + command.declassifyOn() + "; to declassify now, classify it " + scheme.publicLevel());
        }
        if (next.equals(classification) && Objects.equals(command.declassifyOn(), declassifyOn)) {
            throw new AgreementRuleViolation(RefusalCode.UNCHANGED, "classification",
                                             "Agreement " + agreementId + " is already classified "
                                                     + next.describe());
        }
        record(new AgreementClassified(agreementId, classification, next, reason, command.declassifyOn()),
               scheme.join(classification, next), MetaData.emptyInstance());
        return version();
    }

    @CommandHandler
    public AgreementVersion handle(DeclassifyAgreement command, ClassificationScheme scheme) {
        LocalDate today = Require.present("today", command.today());
        if (declassifyOn == null || declassifyOn.isAfter(today)) {
            throw new AgreementRuleViolation(RefusalCode.NO_DECLASSIFICATION_DUE,
                                             "Agreement " + agreementId + " has no declassification due by " + today
                                                     + (declassifyOn == null ? "" : "; it is due on " + declassifyOn));
        }
        record(new AgreementDeclassified(agreementId, classification,
                                         Classification.of(scheme.publicLevel()), declassifyOn),
               classification, BusinessDates.on(declassifyOn));
        return version();
    }

    // ------------------------------------------------------------------------------------------------- lifecycle

    @CommandHandler
    public AgreementVersion handle(SignAgreement command, Clock clock) {
        LocalDate signedOn = BusinessDates.stated("signedOn", command.signedOn(), clock);
        String place = Require.text("place", command.place());
        List<Signatory> signatories = new ArrayList<>();
        for (int i = 0; i < command.signatories().size(); i++) {
            signatories.add(signatory("signatories[" + i + "]", command.signatories().get(i)));
        }
        Lifecycle.check(ref, kind, status, Lifecycle.Step.SIGN);
        recordOn(new AgreementSigned(agreementId, signedOn, place, signatories), signedOn);
        return version();
    }

    private Signatory signatory(String field, Signatory signatory) {
        Require.present(field, signatory);
        String name = Require.text(field + ".name", signatory.name());
        String side = Require.text(field + ".side", signatory.side());
        if (!parties.sides().contains(side)) {
            throw new AgreementRuleViolation(RefusalCode.NOT_A_PARTY, field + ".side",
                                             "Signatory " + name + " signs for " + side + ", which is not a party to "
                                                     + "agreement " + ref + " (" + String.join(", ", parties.sides())
                                                     + ")");
        }
        return new Signatory(name, Require.optionalText(signatory.role()), side);
    }

    @CommandHandler
    public AgreementVersion handle(AnnounceAgreement command, Clock clock) {
        LocalDate announcedOn = BusinessDates.stated("announcedOn", command.announcedOn(), clock);
        Lifecycle.check(ref, kind, status, Lifecycle.Step.ANNOUNCE);
        recordOn(new AgreementAnnounced(agreementId, announcedOn, Require.optionalText(command.note())), announcedOn);
        return version();
    }

    @CommandHandler
    public AgreementVersion handle(BringAgreementIntoForce command, Clock clock) {
        LocalDate effectiveOn = step(Lifecycle.Step.BRING_INTO_FORCE, command.effectiveOn(), clock);
        recordOn(new AgreementEnteredIntoForce(agreementId, effectiveOn), effectiveOn);
        return version();
    }

    @CommandHandler
    public AgreementVersion handle(SuspendAgreement command, Clock clock) {
        String reason = Require.text("reason", command.reason());
        LocalDate effectiveOn = step(Lifecycle.Step.SUSPEND, command.effectiveOn(), clock);
        recordOn(new AgreementSuspended(agreementId, effectiveOn, reason), effectiveOn);
        return version();
    }

    @CommandHandler
    public AgreementVersion handle(ResumeAgreement command, Clock clock) {
        String reason = Require.text("reason", command.reason());
        LocalDate effectiveOn = step(Lifecycle.Step.RESUME, command.effectiveOn(), clock);
        recordOn(new AgreementResumed(agreementId, effectiveOn, reason), effectiveOn);
        return version();
    }

    @CommandHandler
    public AgreementVersion handle(TerminateAgreement command, Clock clock) {
        String reason = Require.text("reason", command.reason());
        LocalDate effectiveOn = step(Lifecycle.Step.TERMINATE, command.effectiveOn(), clock);
        recordOn(new AgreementTerminated(agreementId, effectiveOn, reason), effectiveOn);
        return version();
    }

    @CommandHandler
    public AgreementVersion handle(CompleteAgreement command, Clock clock) {
        String reason = Require.text("reason", command.reason());
        LocalDate effectiveOn = step(Lifecycle.Step.COMPLETE, command.effectiveOn(), clock);
        recordOn(new AgreementCompleted(agreementId, effectiveOn, reason), effectiveOn);
        return version();
    }

    @CommandHandler
    public AgreementVersion handle(ExpireAgreement command, Clock clock) {
        LocalDate effectiveOn = step(Lifecycle.Step.EXPIRE, command.effectiveOn(), clock);
        if (validUntil == null) {
            throw new AgreementRuleViolation(RefusalCode.VALIDITY_NOT_ENDED,
                                             "Agreement " + ref + " has no end of validity, so it cannot expire; "
                                                     + "it can be terminated or completed");
        }
        if (effectiveOn.isBefore(validUntil)) {
            throw new AgreementRuleViolation(RefusalCode.VALIDITY_NOT_ENDED, "effectiveOn",
                                             "Agreement " + ref + " is valid until " + validUntil
                                                     + "; it cannot expire on " + effectiveOn);
        }
        recordOn(new AgreementExpired(agreementId, effectiveOn, Require.optionalText(command.reason())), effectiveOn);
        return version();
    }

    /** The checks every step after conclusion makes: a stated date, allowed now, not before the previous step. */
    private LocalDate step(Lifecycle.Step step, LocalDate effectiveOn, Clock clock) {
        LocalDate date = BusinessDates.stated("effectiveOn", effectiveOn, clock);
        Lifecycle.check(ref, kind, status, step);
        BusinessDates.notBefore("effectiveOn", date, lastStepOn, "the agreement became " + status);
        return date;
    }

    // ------------------------------------------------------------------------------------------------ milestones

    @CommandHandler
    public AgreementVersion handle(PlanMilestone command, BodyRegister bodies, ClassificationScheme scheme,
                                   MetaData metaData) {
        String milestoneId = Require.text("milestoneId", command.milestoneId());
        String title = Require.text("title", command.title());
        LocalDate dueOn = Require.present("dueOn", command.dueOn());
        int weight = command.weight() == null ? 1 : command.weight();
        if (weight <= 0) {
            throw Require.invalid("weight", "A milestone's weight is a positive whole number, not " + weight);
        }
        Indicator indicator = command.indicator() == null ? null : indicator(command.indicator());
        Classification raised = raising("classification", command.classification(), scheme.orDefault(classification),
                                        scheme, metaData, "a milestone");
        Party owner = parties.owner("owner", command.owner(), ref, bodies);
        refuseIfClosed("plan milestones for");
        milestones.refuseIfPlanned(milestoneId, ref);
        record(new MilestonePlanned(agreementId, milestoneId, title, dueOn, owner.body(), owner.country(), weight,
                                    indicator, raised),
               scheme.join(classification, raised), MetaData.emptyInstance());
        return version();
    }

    /**
     * An item's own classification ({@code null}: its container's), checked never to lower {@code container}'s and
     * never to exceed what the writer may read.
     */
    private static Classification raising(String field, Classification given, Classification container,
                                          ClassificationScheme scheme, MetaData metaData, String what) {
        Classification raised = ClassificationPolicy.raising(field, given, container, scheme);
        Classification item = scheme.join(container, raised);
        ClassificationPolicy.refuseUnlessCleared(metaData, item, scheme, what + " classified " + item.describe());
        return raised;
    }

    /** Each evidence item with its own classification checked against its report's and the writer's clearance. */
    private static List<Evidence> evidence(List<Evidence> evidence, Classification report,
                                           ClassificationScheme scheme, MetaData metaData) {
        List<Evidence> checked = new ArrayList<>();
        for (int i = 0; i < evidence.size(); i++) {
            Evidence item = evidence.get(i);
            checked.add(new Evidence(item.title(), item.url(), item.sha256(), item.category(),
                                     raising("evidence[" + i + "].classification", item.classification(), report,
                                             scheme, metaData, "evidence")));
        }
        return checked;
    }

    /** The milestone, if the writer may read it (its own classification may raise the agreement's). */
    private Milestone cleared(String milestoneId, ClassificationScheme scheme, MetaData metaData) {
        Milestone milestone = milestones.milestone(milestoneId, ref);
        ClassificationPolicy.refuseUnlessCleared(metaData, scheme.join(classification, milestone.classification()),
                                                 scheme, "milestone " + milestone.milestoneId());
        return milestone;
    }

    private static Indicator indicator(Indicator indicator) {
        String name = Require.text("indicator.name", indicator.name());
        String unit = Require.text("indicator.unit", indicator.unit());
        BigDecimal target = Require.present("indicator.target", indicator.target());
        BigDecimal baseline = indicator.baseline() == null ? BigDecimal.ZERO : indicator.baseline();
        int direction = target.compareTo(baseline);
        if (direction == 0) {
            throw Require.invalid("indicator.target", "An indicator's target must differ from its baseline "
                    + baseline + ", or there is no progress to measure");
        }
        if (indicator.higherIsBetter() != direction > 0) {
            throw Require.invalid("indicator.higherIsBetter", "Target " + target + " lies "
                    + (direction > 0 ? "above" : "below") + " baseline " + baseline + ", so higherIsBetter must be "
                    + (direction > 0));
        }
        return new Indicator(name, unit, target, indicator.baseline(), indicator.baselineYear(),
                             indicator.higherIsBetter());
    }

    @CommandHandler
    public AgreementVersion handle(RescheduleMilestone command, ClassificationScheme scheme, MetaData metaData) {
        Milestone milestone = cleared(command.milestoneId(), scheme, metaData);
        LocalDate newDueOn = Require.present("newDueOn", command.newDueOn());
        String reason = Require.text("reason", command.reason());
        refuseIfClosed("reschedule milestones of");
        refuseIfSettled(milestone, "rescheduled");
        if (newDueOn.equals(milestone.dueOn())) {
            throw new AgreementRuleViolation(RefusalCode.UNCHANGED, "newDueOn",
                                             "Milestone " + milestone.describe() + " is already due on " + newDueOn);
        }
        record(new MilestoneRescheduled(agreementId, milestone.milestoneId(), milestone.dueOn(), newDueOn, reason),
               scheme.join(classification, milestone.classification()), MetaData.emptyInstance());
        return version();
    }

    @CommandHandler
    public AgreementVersion handle(CancelMilestone command, ClassificationScheme scheme, MetaData metaData) {
        Milestone milestone = cleared(command.milestoneId(), scheme, metaData);
        String reason = Require.text("reason", command.reason());
        refuseIfClosed("cancel milestones of");
        refuseIfSettled(milestone, "cancelled");
        record(new MilestoneCancelled(agreementId, milestone.milestoneId(), reason),
               scheme.join(classification, milestone.classification()), MetaData.emptyInstance());
        return version();
    }

    @CommandHandler
    public AgreementVersion handle(ReportMilestoneProgress command, Clock clock, ClassificationScheme scheme,
                                   MetaData metaData) {
        Require.present("reportedBy", command.reportedBy());
        Milestone milestone = cleared(command.milestoneId(), scheme, metaData);
        Classification ofMilestone = scheme.join(classification, milestone.classification());
        Classification raised = raising("classification", command.classification(), ofMilestone, scheme, metaData,
                                        "a report");
        Classification report = scheme.join(ofMilestone, raised);
        ReportingPolicy.Account account = ReportingPolicy.accountOf(command.reportedBy(), command.onBehalfOf(),
                                                                    milestone, parties);
        String reportId = Require.text("reportId", command.reportId());
        LocalDate occurredOn = BusinessDates.stated("occurredOn", command.occurredOn(), clock);
        ReportStatus reported = Require.present("status", command.status());
        Integer progressPercent = progress(reported, command.progressPercent());
        String note = Require.text("note", command.note());
        List<Evidence> evidence = evidence(EvidencePolicy.checked(command.evidence()), report, scheme, metaData);

        milestones.refuseIfReported(reportId, ref);
        refuseUnlessConcluded("reported on");
        if (milestone.cancelled()) {
            throw new AgreementRuleViolation(RefusalCode.MILESTONE_CANCELLED,
                                             "Milestone " + milestone.describe() + " is cancelled; nothing more can "
                                                     + "be reported on it");
        }
        refuseUnlessAdmissible(milestone, occurredOn, command.indicatorValue());
        record(new MilestoneProgressReported(agreementId, milestone.milestoneId(), reportId, account.side(),
                                             account.body(), command.reportedBy(), occurredOn, reported,
                                             progressPercent, command.indicatorValue(), note, evidence, raised),
               withEvidence(report, evidence, scheme), BusinessDates.on(occurredOn));
        return version();
    }

    /**
     * What a report must be for this agreement to take it, a new report and a corrected one alike: a value given only
     * for a milestone with an indicator, a business date no earlier than the agreement's conclusion and, once the
     * agreement is closed, no later than its end.
     */
    private void refuseUnlessAdmissible(Milestone milestone, LocalDate occurredOn, BigDecimal givenValue) {
        if (givenValue != null && milestone.indicator() == null) {
            throw new AgreementRuleViolation(RefusalCode.NO_INDICATOR, "indicatorValue",
                                             "Milestone " + milestone.describe() + " has no indicator to give a "
                                                     + "value for");
        }
        BusinessDates.notBefore("occurredOn", occurredOn, concludedOn, "agreement " + ref + " was " + concludedAs());
        if (status.closed() && occurredOn.isAfter(lastStepOn)) {
            throw new AgreementRuleViolation(RefusalCode.AGREEMENT_CLOSED, "occurredOn",
                                             "Agreement " + ref + " is " + status + " since " + lastStepOn
                                                     + "; only reports of what happened by then are accepted");
        }
    }

    /** A percentage, and one that does not contradict the status it comes with. */
    private static Integer progress(ReportStatus reported, Integer percent) {
        if (percent == null) {
            return null;
        }
        if (percent < 0 || percent > 100) {
            throw Require.invalid("progressPercent", "progressPercent is between 0 and 100, not " + percent);
        }
        if (reported == ReportStatus.ACHIEVED && percent != 100) {
            throw Require.invalid("progressPercent", "An ACHIEVED milestone is 100% done, not " + percent + "%");
        }
        if (reported == ReportStatus.NOT_STARTED && percent != 0) {
            throw Require.invalid("progressPercent", "A milestone NOT_STARTED is 0% done, not " + percent + "%");
        }
        return percent;
    }

    /** A milestone every side has reported achieved stays as it is: its plan is history now. */
    private void refuseIfSettled(Milestone milestone, String what) {
        MilestoneStatus current = milestone.status(parties.sides());
        if (current == MilestoneStatus.CANCELLED) {
            throw new AgreementRuleViolation(RefusalCode.MILESTONE_CANCELLED,
                                             "Milestone " + milestone.describe() + " is already cancelled");
        }
        if (current == MilestoneStatus.CONFIRMED) {
            throw new AgreementRuleViolation(RefusalCode.MILESTONE_CONFIRMED,
                                             "Milestone " + milestone.describe() + " is confirmed achieved by every "
                                                     + "side; it can no longer be " + what);
        }
    }

    private void refuseIfClosed(String what) {
        if (status.closed()) {
            throw new AgreementRuleViolation(RefusalCode.AGREEMENT_CLOSED,
                                             "Cannot " + what + " agreement " + ref + ": it is " + status
                                                     + " since " + lastStepOn);
        }
    }

    private void refuseUnlessConcluded(String what) {
        if (status == AgreementStatus.DRAFT) {
            throw new AgreementRuleViolation(RefusalCode.AGREEMENT_NOT_CONCLUDED,
                                             "Agreement " + ref + " is a DRAFT; it can be " + what + " once it is "
                                                     + concludedAs());
        }
    }

    private String concludedAs() {
        return kind.announced() ? "announced" : "signed";
    }

    // --------------------------------------------------------------------------------------------------- reviews

    @CommandHandler
    public AgreementVersion handle(RecordReview command, Clock clock, BodyRegister bodies,
                                   ClassificationScheme scheme, MetaData metaData) {
        String reviewId = Require.text("reviewId", command.reviewId());
        Classification raised = raising("classification", command.classification(), scheme.orDefault(classification),
                                        scheme, metaData, "a review");
        LocalDate reviewed = BusinessDates.stated("reviewedOn", command.reviewedOn(), clock);
        Require.present("score", command.score());
        Require.present("confidence", command.confidence());
        String findings = Require.text("findings", command.findings());
        List<ActionItem> actions = new ArrayList<>();
        for (int i = 0; i < command.actions().size(); i++) {
            actions.add(actionItem(ActionItem.idOf(reviewId, i + 1), "actions[" + i + "]", command.actions().get(i),
                                   reviewed, bodies));
        }
        reviews.refuseIfRecorded(reviewId, ref);
        refuseUnlessConcluded("reviewed");
        BusinessDates.notBefore("reviewedOn", reviewed, concludedOn, "agreement " + ref + " was " + concludedAs());
        record(new ReviewRecorded(agreementId, reviewId, reviewed, command.score(), command.confidence(), findings,
                                  actions, raised),
               scheme.join(classification, raised), BusinessDates.on(reviewed));
        return version();
    }

    private ActionItem actionItem(String actionId, String field, ActionDecision decision, LocalDate reviewed,
                                  BodyRegister bodies) {
        Require.present(field, decision);
        String title = Require.text(field + ".title", decision.title());
        LocalDate dueOn = Require.present(field + ".dueOn", decision.dueOn());
        if (dueOn.isBefore(reviewed)) {
            throw Require.invalid(field + ".dueOn", "Action '" + title + "' is due on " + dueOn
                    + ", before the review of " + reviewed + " that decided it");
        }
        Party owner = parties.owner(field + ".owner", decision.owner(), ref, bodies);
        return new ActionItem(actionId, title, owner.body(), owner.country(), dueOn);
    }

    @CommandHandler
    public AgreementVersion handle(CompleteActionItem command, Clock clock, ClassificationScheme scheme,
                                   MetaData metaData) {
        Reviews.ActionItemState item = reviews.actionItem(command.actionId(), ref);
        ReviewRecorded review = reviews.review(item.reviewId());
        Classification ofReview = scheme.join(classification, review == null ? null : review.classification());
        ClassificationPolicy.refuseUnlessCleared(metaData, ofReview, scheme, "action item " + command.actionId());
        LocalDate completedOn = BusinessDates.stated("completedOn", command.completedOn(), clock);
        if (item.completed()) {
            throw new AgreementRuleViolation(RefusalCode.ACTION_ITEM_COMPLETED,
                                             "Action item " + command.actionId() + " is already completed");
        }
        BusinessDates.notBefore("completedOn", completedOn, item.decidedOn(), "the review that decided it");
        record(new ActionItemCompleted(agreementId, item.reviewId(), command.actionId(), completedOn,
                                       Require.optionalText(command.note())),
               ofReview, BusinessDates.on(completedOn));
        return version();
    }

    // ----------------------------------------------------------------------------------------------- corrections

    /**
     * Corrects a report: the replacement's fields over the report as it stands, checked by the rules the report
     * itself passed (its status and progress agree, its date is stated and within the agreement's life, its evidence is
     * checkable, an indicator value needs an indicator). Side and body stay.
     */
    @CommandHandler
    public AgreementVersion handle(CorrectMilestoneReport command, Clock clock, ClassificationScheme scheme,
                                   MetaData metaData) {
        String reason = Require.text("reason", command.reason());
        MilestoneProgressReported original = correctable(milestones.reportAt(command.correctedSequence()),
                                                         command.correctedSequence(), MilestoneProgressReported.class);
        ReportReplacement replacement = Require.present("replacement", command.replacement());
        if (replacement.isEmpty()) {
            throw new AgreementRuleViolation(RefusalCode.REQUIRED, "replacement",
                                             "replacement names no field to correct");
        }
        Milestone milestone = cleared(original.milestoneId(), scheme, metaData);
        Classification report = scheme.join(scheme.join(classification, milestone.classification()),
                                            original.classification());
        ClassificationPolicy.refuseUnlessCleared(metaData, report, scheme, "report " + original.reportId());
        LocalDate occurredOn = replacement.occurredOn() == null ? original.occurredOn()
                : Corrections.of(() -> BusinessDates.stated("occurredOn", replacement.occurredOn(), clock));
        ReportStatus reported = replacement.status() == null ? original.status() : replacement.status();
        Integer progressPercent = Corrections.of(() -> progress(
                reported, replacement.progressPercent() == null ? original.progressPercent()
                        : replacement.progressPercent()));
        BigDecimal indicatorValue = replacement.indicatorValue() == null ? original.indicatorValue()
                : replacement.indicatorValue();
        String note = replacement.note() == null ? original.note()
                : Corrections.of(() -> Require.text("note", replacement.note()));
        List<Evidence> evidence = replacement.evidence() == null ? original.evidence()
                : Corrections.of(() -> evidence(EvidencePolicy.checked(replacement.evidence()), report, scheme,
                                                metaData));
        Corrections.of(() -> refuseUnlessAdmissible(milestone, occurredOn, replacement.indicatorValue()));
        MilestoneProgressReported asCorrected = new MilestoneProgressReported(
                agreementId, original.milestoneId(), original.reportId(), original.side(), original.body(),
                original.reportedBy(), occurredOn, reported, progressPercent, indicatorValue, note, evidence,
                original.classification());
        if (asCorrected.equals(original)) {
            throw new AgreementRuleViolation(RefusalCode.UNCHANGED, "replacement",
                                             "The correction changes nothing in report " + original.reportId());
        }
        record(new MilestoneReportCorrected(
                       agreementId, original.milestoneId(), original.reportId(), command.correctedSequence(),
                       command.correctedPosition(), reason, original.side(), original.body(), occurredOn, reported,
                       progressPercent, indicatorValue, note, evidence,
                       milestones.accountsOf(original.milestoneId(), command.correctedSequence(), asCorrected)),
               withEvidence(report, evidence, scheme), BusinessDates.on(occurredOn));
        return version();
    }

    /** Corrects a review's score, confidence or findings; its date and action items stay. */
    @CommandHandler
    public AgreementVersion handle(CorrectReview command, ClassificationScheme scheme, MetaData metaData) {
        String reason = Require.text("reason", command.reason());
        ReviewRecorded original = correctable(reviews.at(command.correctedSequence()), command.correctedSequence(),
                                              ReviewRecorded.class);
        Classification review = scheme.join(classification, original.classification());
        ClassificationPolicy.refuseUnlessCleared(metaData, review, scheme, "review " + original.reviewId());
        if (command.score() == null && command.confidence() == null && command.findings() == null) {
            throw new AgreementRuleViolation(RefusalCode.REQUIRED, "replacement",
                                             "replacement names no field to correct");
        }
        String findings = command.findings() == null ? original.findings()
                : Corrections.of(() -> Require.text("findings", command.findings()));
        ReviewCorrected corrected = new ReviewCorrected(
                agreementId, original.reviewId(), command.correctedSequence(), command.correctedPosition(), reason,
                command.score() == null ? original.score() : command.score(),
                command.confidence() == null ? original.confidence() : command.confidence(), findings);
        if (corrected.score() == original.score() && corrected.confidence() == original.confidence()
                && corrected.findings().equals(original.findings())) {
            throw new AgreementRuleViolation(RefusalCode.UNCHANGED, "replacement",
                                             "The correction changes nothing in review " + original.reviewId());
        }
        record(corrected, review, BusinessDates.on(original.reviewedOn()));
        return version();
    }

    /** The event at {@code sequence} as it stands, if it is of the type that the correction is for. */
    private <T> T correctable(T original, long sequence, Class<T> type) {
        if (original == null) {
            throw new AgreementRuleViolation(RefusalCode.NOT_CORRECTABLE,
                                             "Event " + sequence + " of agreement " + ref + " is not a "
                                                     + type.getSimpleName() + "; only reports "
                                                     + "(MilestoneProgressReported) and reviews (ReviewRecorded) can "
                                                     + "be corrected");
        }
        return original;
    }

    // ------------------------------------------------------------------------------------------------- the rest

    /**
     * Applies {@code event}, whose content is classified {@code content} (the agreement's, or that of the item it
     * concerns when the item raises it): the event store seals what the event says with that classification's keys.
     */
    private static void record(Object event, Classification content, MetaData metaData) {
        apply(event, metaData.mergedWith(content.toContentMetadata()));
    }

    /** Applies an event of the agreement itself (classified as the agreement is) that happened on {@code date}. */
    private void recordOn(Object event, LocalDate date) {
        record(event, classification, BusinessDates.on(date));
    }

    /** A report's content: the report's classification and any of its evidence items' that raise it. */
    private static Classification withEvidence(Classification report, List<Evidence> evidence,
                                               ClassificationScheme scheme) {
        Classification content = report;
        for (Evidence item : evidence) {
            content = scheme.join(content, item.classification());
        }
        return content;
    }

    /** The agreement as this command leaves it: Axon's version of the aggregate, the sequence of its last event. */
    private AgreementVersion version() {
        return new AgreementVersion(agreementId, AggregateLifecycle.getVersion());
    }

    // --------------------------------------------------------------------------------------- event sourcing

    @EventSourcingHandler
    void on(AgreementRegistered event) {
        this.agreementId = event.agreementId();
        this.ref = event.ref();
        this.kind = event.kind();
        this.status = AgreementStatus.DRAFT;
        this.parties = new Parties(event.parties());
        this.validUntil = event.validUntil();
        this.classification = event.classification();
    }

    @EventSourcingHandler
    void on(AgreementClassified event) {
        this.classification = event.classification();
        this.declassifyOn = event.declassifyOn();
    }

    @EventSourcingHandler
    void on(AgreementDeclassified event) {
        this.classification = event.classification();
        this.declassifyOn = null;
    }

    @EventSourcingHandler
    void on(AgreementSigned event) {
        conclude(AgreementStatus.SIGNED, event.signedOn());
    }

    @EventSourcingHandler
    void on(AgreementAnnounced event) {
        conclude(AgreementStatus.ANNOUNCED, event.announcedOn());
    }

    private void conclude(AgreementStatus concluded, LocalDate on) {
        this.concludedOn = on;
        stepTo(concluded, on);
    }

    @EventSourcingHandler
    void on(AgreementEnteredIntoForce event) {
        stepTo(AgreementStatus.IN_FORCE, event.effectiveOn());
    }

    @EventSourcingHandler
    void on(AgreementSuspended event) {
        stepTo(AgreementStatus.SUSPENDED, event.effectiveOn());
    }

    @EventSourcingHandler
    void on(AgreementResumed event) {
        stepTo(AgreementStatus.IN_FORCE, event.effectiveOn());
    }

    @EventSourcingHandler
    void on(AgreementTerminated event) {
        stepTo(AgreementStatus.TERMINATED, event.effectiveOn());
    }

    @EventSourcingHandler
    void on(AgreementCompleted event) {
        stepTo(AgreementStatus.COMPLETED, event.effectiveOn());
    }

    @EventSourcingHandler
    void on(AgreementExpired event) {
        stepTo(AgreementStatus.EXPIRED, event.effectiveOn());
    }

    private void stepTo(AgreementStatus next, LocalDate on) {
        this.status = next;
        this.lastStepOn = on;
    }
}
