package org.agreementtracker.milestones;

import org.agreementtracker.readmodel.Fields;
import org.agreementtracker.readmodel.MilestoneAccount;
import org.agreementtracker.readmodel.Values;
import org.bson.Document;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The facets of the milestones' postings ({@value #COLLECTION}), key {@code agreementId/milestoneId}: every milestone
 * under its due date, and the open ones also under {@code open-due:<date>}. Counting and listing by due date (what
 * is overdue today, what falls due before a date, all in order of due date) then reads postings, not every row.
 */
public final class MilestoneFacets {

    static final String COLLECTION = "milestone_postings";

    static final String DUE = "due:";
    static final String OPEN_DUE = "open-due:";

    private MilestoneFacets() {
    }

    static String due(LocalDate dueOn) {
        return DUE + dueOn;
    }

    static String openDue(LocalDate dueOn) {
        return OPEN_DUE + dueOn;
    }

    /** The milestone's key and its facets; none for a document that is not (yet) a milestone. */
    public static Map<String, Set<String>> of(Document milestone) {
        if (milestone == null) {
            return Map.of();
        }
        LocalDate dueOn = Values.date(milestone.get(Fields.DUE_ON));
        Set<String> facets = new HashSet<>();
        if (dueOn != null) {
            facets.add(due(dueOn));
            if (MilestoneAccount.status(milestone).open()) {
                facets.add(openDue(dueOn));
            }
        }
        return Map.of(milestone.getString("_id"), facets);
    }
}
