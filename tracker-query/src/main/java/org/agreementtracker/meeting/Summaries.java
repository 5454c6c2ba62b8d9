package org.agreementtracker.meeting;

import org.agreementtracker.api.agreement.AgreementAnnounced;
import org.agreementtracker.api.agreement.AgreementCompleted;
import org.agreementtracker.api.agreement.AgreementEnteredIntoForce;
import org.agreementtracker.api.agreement.AgreementExpired;
import org.agreementtracker.api.agreement.AgreementResumed;
import org.agreementtracker.api.agreement.AgreementSigned;
import org.agreementtracker.api.agreement.AgreementSuspended;
import org.agreementtracker.api.agreement.AgreementTerminated;
import org.agreementtracker.api.milestone.MilestoneCancelled;
import org.agreementtracker.api.milestone.MilestoneProgressReported;
import org.agreementtracker.api.milestone.MilestoneRescheduled;
import org.agreementtracker.api.review.ActionItemCompleted;
import org.agreementtracker.api.review.ReviewRecorded;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** What an event says, in a line for a person; one line-maker per event type, the type's name for any other. */
final class Summaries {

    private static final Map<Class<?>, Function<Object, String>> LINES = new LinkedHashMap<>();

    static {
        line(MilestoneProgressReported.class, e -> e.body() + " (" + e.side() + ") reported milestone "
                + e.milestoneId() + " " + e.status()
                + (e.progressPercent() == null ? "" : ", " + e.progressPercent() + "%")
                + (e.indicatorValue() == null ? "" : ", value " + e.indicatorValue().toPlainString())
                + " as of " + e.occurredOn());
        line(MilestoneRescheduled.class, e -> "Milestone " + e.milestoneId() + " moved from " + e.previousDueOn()
                + " to " + e.newDueOn() + ": " + e.reason());
        line(MilestoneCancelled.class, e -> "Milestone " + e.milestoneId() + " cancelled: " + e.reason());
        line(AgreementSigned.class, e -> "Signed on " + e.signedOn() + " in " + e.place());
        line(AgreementAnnounced.class, e -> "Announced on " + e.announcedOn());
        line(AgreementEnteredIntoForce.class, e -> "In force from " + e.effectiveOn());
        line(AgreementSuspended.class, e -> "Suspended from " + e.effectiveOn() + ": " + e.reason());
        line(AgreementResumed.class, e -> "Resumed from " + e.effectiveOn() + ": " + e.reason());
        line(AgreementTerminated.class, e -> "Terminated from " + e.effectiveOn() + ": " + e.reason());
        line(AgreementCompleted.class, e -> "Completed on " + e.effectiveOn() + ": " + e.reason());
        line(AgreementExpired.class, e -> "Expired on " + e.effectiveOn());
        line(ReviewRecorded.class, e -> "Review of " + e.reviewedOn() + ": " + e.score() + ", confidence "
                + e.confidence());
        line(ActionItemCompleted.class, e -> "Action item " + e.actionId() + " completed on " + e.completedOn());
    }

    private Summaries() {
    }

    private static <E> void line(Class<E> type, Function<E, String> line) {
        LINES.put(type, event -> line.apply(type.cast(event)));
    }

    static String of(Object event) {
        Function<Object, String> line = LINES.get(event.getClass());
        return line == null ? event.getClass().getSimpleName() : line.apply(event);
    }
}
