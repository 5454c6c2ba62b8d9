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
import org.agreementtracker.api.milestone.MilestoneReportCorrected;
import org.agreementtracker.api.milestone.MilestoneRescheduled;
import org.agreementtracker.api.review.ActionItemCompleted;
import org.agreementtracker.api.review.ReviewRecorded;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * What an event says, in a line for a person: milestones by their titles, statuses and scores in words, dates as
 * dates; one line-maker per event type, the type's name in words for any other.
 */
final class Summaries {

    /** The titles of an agreement's milestones, by id; an id it does not know reads as itself. */
    interface Titles {
        String milestone(String milestoneId);
    }

    private static final Map<Class<?>, BiFunction<Object, Titles, String>> LINES = new LinkedHashMap<>();

    static {
        line(MilestoneProgressReported.class, (e, titles) -> e.body() + " (" + e.side() + ") reported “"
                + titles.milestone(e.milestoneId()) + "” " + words(e.status())
                + (e.progressPercent() == null ? "" : ", " + e.progressPercent() + "%")
                + (e.indicatorValue() == null ? "" : ", value " + e.indicatorValue().toPlainString())
                + " as of " + e.occurredOn());
        line(MilestoneReportCorrected.class, (e, titles) -> e.body() + " (" + e.side() + ") corrected its report on “"
                + titles.milestone(e.milestoneId()) + "” to " + words(e.status())
                + (e.progressPercent() == null ? "" : ", " + e.progressPercent() + "%")
                + " as of " + e.occurredOn() + ": " + e.reason());
        line(MilestoneRescheduled.class, (e, titles) -> "“" + titles.milestone(e.milestoneId()) + "” moved from "
                + e.previousDueOn() + " to " + e.newDueOn() + ": " + e.reason());
        line(MilestoneCancelled.class, (e, titles) -> "“" + titles.milestone(e.milestoneId()) + "” cancelled: "
                + e.reason());
        line(AgreementSigned.class, (e, titles) -> "Signed on " + e.signedOn() + " in " + e.place());
        line(AgreementAnnounced.class, (e, titles) -> "Announced on " + e.announcedOn());
        line(AgreementEnteredIntoForce.class, (e, titles) -> "In force from " + e.effectiveOn());
        line(AgreementSuspended.class, (e, titles) -> "Suspended from " + e.effectiveOn() + ": " + e.reason());
        line(AgreementResumed.class, (e, titles) -> "Resumed from " + e.effectiveOn() + ": " + e.reason());
        line(AgreementTerminated.class, (e, titles) -> "Terminated from " + e.effectiveOn() + ": " + e.reason());
        line(AgreementCompleted.class, (e, titles) -> "Completed on " + e.effectiveOn() + ": " + e.reason());
        line(AgreementExpired.class, (e, titles) -> "Expired on " + e.effectiveOn());
        line(ReviewRecorded.class, (e, titles) -> "Reviewed on " + e.reviewedOn() + ": implementation "
                + words(e.score()) + ", confidence " + words(e.confidence()));
        line(ActionItemCompleted.class, (e, titles) -> "Action item " + e.actionId() + " completed on "
                + e.completedOn());
    }

    private Summaries() {
    }

    private static <E> void line(Class<E> type, BiFunction<E, Titles, String> line) {
        LINES.put(type, (event, titles) -> line.apply(type.cast(event), titles));
    }

    static String of(Object event, Titles titles) {
        BiFunction<Object, Titles, String> line = LINES.get(event.getClass());
        return line == null ? words(event.getClass().getSimpleName()) : line.apply(event, titles);
    }

    /** IN_PROGRESS reads "in progress". */
    static String words(Enum<?> value) {
        return value == null ? "none" : value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** MilestonePlanned reads "Milestone planned". */
    private static String words(String typeName) {
        String spaced = typeName.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
