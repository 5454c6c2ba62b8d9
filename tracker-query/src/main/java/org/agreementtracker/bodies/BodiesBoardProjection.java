package org.agreementtracker.bodies;

import com.mongodb.client.MongoDatabase;
import org.agreementtracker.api.agreement.AgreementEvent;
import org.agreementtracker.api.milestone.MilestoneReportCorrected;
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
 * Keeps collection {@value #COLLECTION}: one document per agreement with what the bodies board needs of it, the owner,
 * due date and reconciled status of each milestone; and from it the postings of {@link BodyFacets} (which body owns
 * which milestones open, achieved, due when) and each body's {@link LastReports last report}, from which
 * {@link BodiesBoardQueries} answers without reading every agreement.
 * <pre>
 * {_id: agreementId, version, ref, sides,
 *  milestones: [{milestoneId, owner, dueOn, indicator, latest, status, progressPercent, reading, cancelled}]}
 * </pre>
 * Every event changes one agreement's document, found by {@code _id} and guarded by its version; the postings and
 * the last reports are changed first, in ways that repeating changes nothing, so a crash before the document is
 * saved is repaired by the redelivery. How the document takes in events is {@link BodyDocuments}.
 */
@ProcessingGroup(BodiesBoardProjection.PROCESSING_GROUP)
public class BodiesBoardProjection {

    public static final String PROCESSING_GROUP = "bodies-board";
    public static final String COLLECTION = "bodies_board";

    private final VersionedDocuments agreements;
    private final Postings postings;
    private final LastReports lastReports;

    public BodiesBoardProjection(MongoDatabase database) {
        this.agreements = new VersionedDocuments(database.getCollection(COLLECTION));
        this.postings = BodyFacets.postings(database);
        this.lastReports = new LastReports(database.getCollection(LastReports.COLLECTION));
    }

    /** Folds the event into its agreement's document, moving milestones in the postings before it is saved. */
    @EventHandler
    public void on(AgreementEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt,
                   MetaData metaData) {
        Recorded recorded = new Recorded(sequence, recordedAt, metaData);
        agreements.apply(event.agreementId(), sequence, agreement -> {
            // everything is worked out before the side indexes change: an event that fails here changes nothing
            BodyDocuments.BodyReport report = BodyDocuments.lastReport(agreement, event, recorded);
            boolean knownAgreement = agreement != null;
            Map<String, Set<String>> before = agreement == null ? Map.of() : BodyFacets.of(agreement);
            Document changed = BodyDocuments.FOLD.apply(agreement, event, recorded);
            if (report != null) {
                lastReports.offer(report.body(), report.report(), sequence);
            }
            if (knownAgreement && event instanceof MilestoneReportCorrected correction) {
                // the corrected report's status, also as its body's last report if it is that
                lastReports.correct(correction.body(), correction.agreementId(), correction.correctedSequence(),
                                    correction.status());
            }
            if (changed != null) {
                postings.move(before, BodyFacets.of(changed));
            }
            return changed;
        });
    }

    @ResetHandler
    public void reset() {
        postings.clear();
        lastReports.clear();
        agreements.clear();
    }
}
