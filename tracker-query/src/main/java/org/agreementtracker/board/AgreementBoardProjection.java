package org.agreementtracker.board;

import com.mongodb.client.MongoDatabase;
import org.agreementtracker.api.agreement.AgreementEvent;
import org.agreementtracker.readmodel.Fields;
import org.agreementtracker.readmodel.Postings;
import org.agreementtracker.readmodel.Recorded;
import org.agreementtracker.readmodel.VersionedDocuments;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.bson.Document;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Keeps collection {@value #COLLECTION}: one document per agreement, with what its board row needs; and beside it
 * the postings of {@link BoardFacets} ({@value BoardFacets#COLLECTION}), through which the board's filters and the
 * summary's counts read a few documents instead of every row, and those of the rows' content
 * ({@value BoardFacets#CONTENT_COLLECTION}), through which a search finds the sealed rows.
 * <pre>
 * {_id: "&lt;REF&gt;\t&lt;agreementId&gt;", agreementId (unique), version, ref, title, kind, sectors: [..],
 *  parties: [body ids], sides: [country codes], status, signedOn,
 *  milestones: [{milestoneId, weight, dueOn, cancelled, indicator, latest, status, progressPercent, reading}],
 *  latestReview: {reviewedOn, reviewId, score, confidence} | null, lastActivityAt}
 * </pre>
 * {@code _id} starts with the ref in upper case, so that the collection's own key order is the board's order and a
 * page needs no sort on another field (which the embedded store does slowly); events find the document by the
 * unique {@code agreementId}. Overdue counts and the next due date depend on the day they are asked on, so they are
 * computed by {@link AgreementBoardQueries} from the stored due dates and reconciled statuses. How a row takes in
 * each event is {@link BoardRows#FOLD}, which the as-of engine applies to rows in memory.
 */
@ProcessingGroup(AgreementBoardProjection.PROCESSING_GROUP)
public class AgreementBoardProjection {

    public static final String PROCESSING_GROUP = "agreement-board";
    public static final String COLLECTION = "agreement_board";


    private final VersionedDocuments board;
    private final Postings postings;
    private final Postings contentPostings;

    public AgreementBoardProjection(MongoDatabase database) {
        this.board = new VersionedDocuments(database.getCollection(COLLECTION), Fields.AGREEMENT_ID);
        this.postings = BoardFacets.postings(database);
        this.contentPostings = BoardFacets.contentPostings(database);
    }

    /** The board's key: refs in upper case as the registry compares them, then the id, so keys never collide. */
    static String key(String ref, String agreementId) {
        return BoardRows.key(ref, agreementId);
    }

    /** Folds the event into its agreement's row, and moves the row's keys in the postings before it is saved. */
    @EventHandler
    public void on(AgreementEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt,
                   MetaData metaData) {
        Recorded recorded = new Recorded(sequence, recordedAt, metaData);
        board.apply(event.agreementId(), sequence, row -> {
            Map<String, Set<String>> before = row == null ? Map.of() : BoardFacets.of(row);
            Map<String, Set<String>> contentBefore = row == null ? Map.of() : BoardFacets.contentOf(row);
            Document changed = BoardRows.FOLD.apply(row, event, recorded);
            if (changed != null) {
                postings.move(before, BoardFacets.of(changed));
                contentPostings.move(contentBefore, BoardFacets.contentOf(changed));
            }
            return changed;
        });
    }

    @ResetHandler
    public void reset() {
        postings.clear();
        contentPostings.clear();
        board.clear();
    }
}
