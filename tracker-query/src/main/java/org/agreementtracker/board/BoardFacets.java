package org.agreementtracker.board;

import com.mongodb.client.MongoDatabase;
import org.agreementtracker.api.agreement.AgreementStatus;
import org.agreementtracker.api.milestone.MilestoneStatus;
import org.agreementtracker.api.review.Confidence;
import org.agreementtracker.readmodel.Fields;
import org.agreementtracker.readmodel.MilestoneAccount;
import org.agreementtracker.readmodel.Postings;
import org.agreementtracker.readmodel.SealedDocuments;
import org.agreementtracker.readmodel.Values;
import org.bson.Document;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The facets of the agreement board's postings ({@value #COLLECTION}): what the board filters on, by agreement (key:
 * the row's {@code _id}), and what the summary counts, by milestone (key: {@code agreementId/milestoneId}).
 */
public final class BoardFacets {

    public static final String COLLECTION = "agreement_board_postings";
    public static final String CONTENT_COLLECTION = "agreement_board_content";

    public static final String STATUS = "status:";
    public static final String SECTOR = "sector:";
    public static final String PARTY = "party:";
    public static final String CONFIDENCE = "confidence:";
    /** Agreements with a live milestone that has an indicator. */
    public static final String INDICATORS = "indicators";
    /** Milestones not cancelled, and of those the achieved, confirmed and disputed ones. */
    public static final String LIVE = "milestones:live";
    public static final String ACHIEVED = "milestones:achieved";
    public static final String CONFIRMED = "milestones:confirmed";
    public static final String DISPUTED = "milestones:disputed";
    /** Agreements by the levels and compartments of what their rows hold ({@link #contentPostings}). */
    public static final String CONTENT_LEVEL = "content:level:";
    public static final String CONTENT_COMPARTMENT = "content:compartment:";
    /** Open milestones by due date, so that "overdue" can be counted on any day. */
    public static final String OPEN_DUE = "milestones:open-due:";

    private BoardFacets() {
    }

    /** The board's postings: those by due date are small, all others may hold every agreement or milestone. */
    public static Postings postings(MongoDatabase database) {
        return new Postings(database.getCollection(COLLECTION), facet -> !facet.startsWith(OPEN_DUE));
    }

    public static String status(AgreementStatus status) {
        return STATUS + status.name();
    }

    public static String sector(String sector) {
        return SECTOR + sector;
    }

    public static String party(String body) {
        return PARTY + body;
    }

    public static String confidence(Confidence confidence) {
        return CONFIDENCE + confidence.name();
    }

    /**
     * The postings of the rows by their content's levels and compartments ({@value #CONTENT_COLLECTION}), apart from
     * the others, which the summaries count in full.
     */
    public static Postings contentPostings(MongoDatabase database) {
        return new Postings(database.getCollection(CONTENT_COLLECTION), facet -> true);
    }

    /** A board row's key and the levels and compartments of what it holds ({@link SealedDocuments#CONTENT}). */
    public static Map<String, Set<String>> contentOf(Document row) {
        Set<String> facets = new HashSet<>();
        Document content = row.get(SealedDocuments.CONTENT, Document.class);
        if (content != null) {
            Values.strings(content, SealedDocuments.LEVELS).forEach(level -> facets.add(CONTENT_LEVEL + level));
            Values.strings(content, SealedDocuments.COMPARTMENTS)
                  .forEach(compartment -> facets.add(CONTENT_COMPARTMENT + compartment));
        }
        return Map.of(row.getString("_id"), facets);
    }

    /** Every key of a board row and the facets it has. */
    public static Map<String, Set<String>> of(Document row) {
        Map<String, Set<String>> facets = new HashMap<>();
        Set<String> agreement = new HashSet<>();
        agreement.add(STATUS + row.getString(Fields.STATUS));
        Values.strings(row, "sectors").forEach(sector -> agreement.add(sector(sector)));
        Values.strings(row, "parties").forEach(body -> agreement.add(party(body)));
        Document review = row.get("latestReview", Document.class);
        if (review != null) {
            agreement.add(CONFIDENCE + review.getString("confidence"));
        }
        for (Document milestone : Values.documents(row, Fields.MILESTONES)) {
            MilestoneStatus status = MilestoneAccount.status(milestone);
            if (status == MilestoneStatus.CANCELLED) {
                continue;
            }
            Set<String> of = new HashSet<>();
            of.add(LIVE);
            if (status.achieved()) {
                of.add(ACHIEVED);
            }
            if (status == MilestoneStatus.CONFIRMED) {
                of.add(CONFIRMED);
            }
            if (status == MilestoneStatus.DISPUTED) {
                of.add(DISPUTED);
            }
            LocalDate dueOn = Values.date(milestone.get(Fields.DUE_ON));
            if (status.open() && dueOn != null) {
                of.add(OPEN_DUE + dueOn);
            }
            if (milestone.get(MilestoneAccount.INDICATOR) != null) {
                agreement.add(INDICATORS);
            }
            facets.put(row.getString(Fields.AGREEMENT_ID) + "/" + milestone.getString(Fields.MILESTONE_ID),
                       of);
        }
        facets.put(row.getString("_id"), agreement);
        return facets;
    }
}
