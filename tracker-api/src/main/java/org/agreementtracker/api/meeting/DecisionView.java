package org.agreementtracker.api.meeting;

import org.agreementtracker.api.classification.Redactable;
import org.agreementtracker.api.classification.Withheld;

import java.util.List;

/**
 * A decision of a meeting's minutes, with the ids of the action items it gave.
 *
 * @param withheld {@code null} unless the reader may not read one of its agreements (or its classification); then
 *                 nothing but its id is given
 */
public record DecisionView(String id, String text, List<String> agreementIds, List<String> actionIds,
                           Withheld withheld) implements Redactable {

    public static DecisionView withheld(String id, Withheld withheld) {
        return new DecisionView(id, null, null, null, withheld);
    }

    @Override
    public String withheldId() {
        return id;
    }
}
