package org.agreementtracker.api.meeting;

import org.agreementtracker.api.classification.Classification;
import org.agreementtracker.api.review.ActionDecision;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Records a decision in a held meeting's minutes (API: {@code POST /meetings/{id}/decisions}): what was decided, the
 * agreements it concerns, and the action items it gives bodies. {@code decisionId} is chosen by the caller.
 *
 * @param classification the join of its agreements' classifications (the web layer reads them), or {@code null} for
 *                       a decision that concerns none; the decision and its actions are read under it
 */
public record RecordDecision(@TargetAggregateIdentifier String meetingId,
                             String decisionId,
                             String text,
                             List<String> agreementIds,
                             List<ActionDecision> actions,
                             Classification classification) {

    public RecordDecision {
        agreementIds = agreementIds == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(agreementIds));
        actions = actions == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(actions));
    }
}
