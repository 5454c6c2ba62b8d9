package org.agreementtracker.api.board;

import org.agreementtracker.api.agreement.AgreementStatus;
import org.agreementtracker.api.review.Confidence;

import java.util.List;
import java.util.Map;

/**
 * Counts of agreements by status, by sector (an agreement counts once in each of its sectors) and by the confidence
 * of their latest review (unreviewed ones are not counted there); milestone counts over all agreements; and every
 * indicator with its target, latest value and percent.
 */
public record SummaryBoard(Map<AgreementStatus, Integer> byStatus,
                           Map<String, Integer> bySector,
                           Map<Confidence, Integer> byConfidence,
                           MilestoneCounts milestones,
                           List<IndicatorProgress> indicators) {
}
