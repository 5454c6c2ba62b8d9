package org.agreementtracker.classification;

import com.mongodb.client.MongoDatabase;
import org.agreementtracker.api.agreement.AgreementClassified;
import org.agreementtracker.api.agreement.AgreementDeclassified;
import org.agreementtracker.api.agreement.AgreementEvent;
import org.agreementtracker.api.agreement.AgreementRegistered;
import org.agreementtracker.api.classification.Classification;
import org.agreementtracker.api.milestone.MilestonePlanned;
import org.agreementtracker.api.milestone.MilestoneProgressReported;
import org.agreementtracker.api.review.ReviewRecorded;
import org.agreementtracker.readmodel.VersionedDocuments;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;

import java.util.Objects;

import static org.agreementtracker.readmodel.Values.date;

/**
 * Keeps collection {@value #COLLECTION}: per agreement its classification as it stands and its milestones' own.
 * <pre>
 * {_id: agreementId, version, classification: {level, compartments, releasableTo} | null, declassifyOn,
 *  milestones: {milestoneId: {level, compartments, releasableTo} | null},
 *  reports: {reportId: ... | null}, reviews: {reviewId: ... | null}, plain}
 * </pre>
 * {@code plain} says that the agreement has no compartment, no side it alone is releasable to and no item raising
 * it, so its level alone says who may read all of it: a filtered board excludes what its reader may not read by
 * looking up only the agreements that are not plain or whose level is beyond them ({@link Classifications#beyond}).
 * An agreement or milestone this projection has not reached yet is withheld by {@link Redaction} until it has.
 */
@ProcessingGroup(ClassificationProjection.PROCESSING_GROUP)
public class ClassificationProjection {

    public static final String PROCESSING_GROUP = "classifications";
    public static final String COLLECTION = "classifications";

    private final VersionedDocuments documents;

    public ClassificationProjection(MongoDatabase database) {
        this.documents = new VersionedDocuments(database.getCollection(COLLECTION));
    }

    @EventHandler
    public void on(AgreementEvent event, @SequenceNumber long sequence) {
        if (event instanceof AgreementRegistered registered) {
            documents.apply(event.agreementId(), sequence, document -> plain(new Document("_id", event.agreementId())
                    .append(Classifications.CLASSIFICATION, Classifications.document(registered.classification()))
                    .append(Classifications.DECLASSIFY_ON, null)
                    .append(Classifications.MILESTONES, new Document())
                    .append(Classifications.REPORTS, new Document())
                    .append(Classifications.REVIEWS, new Document())));
        } else if (event instanceof AgreementClassified classified) {
            documents.apply(event.agreementId(), sequence, document -> document == null ? null : plain(document
                    .append(Classifications.CLASSIFICATION, Classifications.document(classified.classification()))
                    .append(Classifications.DECLASSIFY_ON, date(classified.declassifyOn()))));
        } else if (event instanceof AgreementDeclassified declassified) {
            documents.apply(event.agreementId(), sequence, document -> document == null ? null : plain(document
                    .append(Classifications.CLASSIFICATION, Classifications.document(declassified.classification()))
                    .append(Classifications.DECLASSIFY_ON, null)));
        } else if (event instanceof MilestonePlanned planned) {
            item(sequence, planned.agreementId(), Classifications.MILESTONES, planned.milestoneId(),
                 planned.classification());
        } else if (event instanceof MilestoneProgressReported reported) {
            item(sequence, reported.agreementId(), Classifications.REPORTS, reported.reportId(),
                 reported.classification());
        } else if (event instanceof ReviewRecorded reviewed) {
            item(sequence, reviewed.agreementId(), Classifications.REVIEWS, reviewed.reviewId(),
                 reviewed.classification());
        }
    }

    /** Records an item of the agreement with its own classification ({@code null}: its container's). */
    private void item(long sequence, String agreementId, String field, String itemId, Classification own) {
        documents.apply(agreementId, sequence, document -> {
            if (document == null) {
                return null;
            }
            Document items = document.get(field, Document.class);
            if (items == null) {
                items = new Document();
                document.append(field, items);
            }
            items.append(itemId, Classifications.document(own));
            return plain(document);
        });
    }

    /** {@code document} with its {@code plain} flag as it now stands. */
    private static Document plain(Document document) {
        Classification classification = Classifications.classification(
                document.get(Classifications.CLASSIFICATION));
        boolean plain = (classification == null
                || classification.compartments().isEmpty() && classification.releasableTo().isEmpty())
                && noneRaised(document, Classifications.MILESTONES) && noneRaised(document, Classifications.REPORTS)
                && noneRaised(document, Classifications.REVIEWS);
        return document.append(Classifications.PLAIN, plain);
    }

    private static boolean noneRaised(Document document, String field) {
        Document items = document.get(field, Document.class);
        return items == null || items.values().stream().allMatch(Objects::isNull);
    }

    @ResetHandler
    public void reset() {
        documents.clear();
    }
}
