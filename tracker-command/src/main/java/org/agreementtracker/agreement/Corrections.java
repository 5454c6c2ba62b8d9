package org.agreementtracker.agreement;

import org.agreementtracker.api.agreement.AgreementRuleViolation;
import org.agreementtracker.api.milestone.MilestoneProgressReported;
import org.agreementtracker.api.milestone.MilestoneReportCorrected;

import java.util.function.Supplier;

/**
 * What correcting a recorded fact shares: the original's own rules applied to the replacement, with refusals naming
 * the field as the correction request does ({@code replacement.progressPercent}), and a report as it reads once
 * corrected.
 */
final class Corrections {

    static final String REPLACEMENT = "replacement.";

    private Corrections() {
    }

    /** The value of a check of a replacement field, or its refusal with the field named inside the replacement. */
    static <T> T of(Supplier<T> check) {
        try {
            return check.get();
        } catch (AgreementRuleViolation refusal) {
            throw refusal.field() == null ? refusal
                    : new AgreementRuleViolation(refusal.code(), REPLACEMENT + refusal.field(), refusal.getMessage());
        }
    }

    /** A check of a replacement field that returns nothing. */
    static void of(Runnable check) {
        of(() -> {
            check.run();
            return null;
        });
    }

    /** The report as recorded, with the corrected values: whose it is and who entered it stay. */
    static MilestoneProgressReported asCorrected(MilestoneProgressReported original,
                                                 MilestoneReportCorrected correction) {
        return new MilestoneProgressReported(original.agreementId(), original.milestoneId(), original.reportId(),
                                             original.side(), original.body(), original.reportedBy(),
                                             correction.occurredOn(), correction.status(),
                                             correction.progressPercent(), correction.indicatorValue(),
                                             correction.note(), correction.evidence(), original.classification());
    }
}
