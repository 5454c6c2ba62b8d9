package org.agreementtracker.api.meeting;

import org.agreementtracker.api.classification.Classification;
import org.agreementtracker.api.review.ActionItem;
import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * The committee decided something at a meeting; each action item's id is the decision's id followed by its position
 * ({@code <decisionId>-1}, ...).
 *
 * @param classification {@code null}: the tracker's default; else what its agreements are classified
 */
@Revision("1")
public record DecisionRecorded(String meetingId,
                               String decisionId,
                               String text,
                               List<String> agreementIds,
                               List<ActionItem> actions,
                               Classification classification) {

    public DecisionRecorded {
        agreementIds = agreementIds == null ? List.of() : List.copyOf(agreementIds);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
