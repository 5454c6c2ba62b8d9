package org.agreementtracker.meeting;

import java.util.List;

/** What {@code POST /meetings/{id}/decisions} answers: the decision's id and its action items' ids, in order. */
public record DecisionAnswer(String id, List<ActionId> actions) {

    public record ActionId(String id) {
    }
}
