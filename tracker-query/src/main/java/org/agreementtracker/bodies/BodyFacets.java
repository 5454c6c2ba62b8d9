package org.agreementtracker.bodies;

import com.mongodb.client.MongoDatabase;
import org.agreementtracker.api.milestone.MilestoneStatus;
import org.agreementtracker.readmodel.Fields;
import org.agreementtracker.readmodel.MilestoneAccount;
import org.agreementtracker.readmodel.Postings;
import org.agreementtracker.readmodel.Values;
import org.bson.Document;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The facets of the bodies board's postings ({@value #COLLECTION}), by milestone (key: {@code agreementId/milestoneId}):
 * which body owns it open or achieved, and for open ones the due date, so "overdue" can be counted on any day.
 */
public final class BodyFacets {

    static final String COLLECTION = "bodies_board_postings";

    static final String OPEN = "open:";
    static final String ACHIEVED = "achieved:";
    /** {@code open-due:<date>:<body>}. */
    static final String OPEN_DUE = "open-due:";

    private BodyFacets() {
    }

    /** The bodies' postings: all a body owns open or achieved may be many; by due date they are few. */
    static Postings postings(MongoDatabase database) {
        return new Postings(database.getCollection(COLLECTION),
                            facet -> facet.startsWith(OPEN) || facet.startsWith(ACHIEVED));
    }

    /** Every milestone of an agreement's document and the facets it has. */
    public static Map<String, Set<String>> of(Document agreement) {
        Map<String, Set<String>> facets = new HashMap<>();
        for (Document milestone : Values.documents(agreement, Fields.MILESTONES)) {
            String owner = milestone.getString(Fields.OWNER);
            MilestoneStatus status = MilestoneAccount.status(milestone);
            Set<String> of = new HashSet<>();
            if (status.open()) {
                of.add(OPEN + owner);
                LocalDate dueOn = Values.date(milestone.get(Fields.DUE_ON));
                if (dueOn != null) {
                    of.add(OPEN_DUE + dueOn + ":" + owner);
                }
            }
            if (status.achieved()) {
                of.add(ACHIEVED + owner);
            }
            facets.put(agreement.getString("_id") + "/" + milestone.getString(Fields.MILESTONE_ID), of);
        }
        return facets;
    }
}
