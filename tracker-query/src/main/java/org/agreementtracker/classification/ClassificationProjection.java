package org.agreementtracker.classification;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.agreementtracker.api.agreement.AgreementClassified;
import org.agreementtracker.api.agreement.AgreementDeclassified;
import org.agreementtracker.api.agreement.AgreementEvent;
import org.agreementtracker.api.agreement.AgreementRegistered;
import org.agreementtracker.api.classification.Classification;
import org.agreementtracker.api.classification.ClassificationScheme;
import org.agreementtracker.api.milestone.MilestonePlanned;
import org.agreementtracker.api.milestone.MilestoneProgressReported;
import org.agreementtracker.api.review.ReviewRecorded;
import org.agreementtracker.readmodel.VersionedDocuments;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.agreementtracker.readmodel.Values;
import org.bson.Document;

import java.util.Objects;

import static org.agreementtracker.readmodel.Values.date;

/**
 * Keeps collection {@value #COLLECTION}: per agreement its classification as it stands and its milestones' own.
 * <pre>
 * {_id: agreementId, version, classification: {level, compartments, releasableTo} | null, declassifyOn,
 *  milestones: {milestoneId: {level, compartments, releasableTo} | null},
 *  reports: {reportId: ... | null}, reviews: {reviewId: ... | null}, plain, exception}
 * </pre>
 * {@code plain} says that the agreement has no compartment, no side it alone is releasable to and no item raising
 * it, so its level alone says who may read all of it. Beside it, collection {@value #EXCEPTIONS} holds the ids of
 * the agreements that are not plain or not of the default level: the few a reader cleared for the default level may
 * not read all of, which a filtered board looks up instead of every agreement ({@link Classifications#beyond}). It is
 * written before the documents (at the end of the batch), so a new exception is known first: the read side errs
 * towards withholding. A change of {@code tracker.classification.default-level} needs this projection rebuilt.
 * An agreement or milestone this projection has not reached yet is withheld by {@link Redaction} until it has.
 */
@ProcessingGroup(ClassificationProjection.PROCESSING_GROUP)
public class ClassificationProjection {

    public static final String PROCESSING_GROUP = "classifications";
    public static final String COLLECTION = "classifications";
    public static final String EXCEPTIONS = "classification_exceptions";

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    /** Whether the document's agreement is listed in {@value #EXCEPTIONS}. */
    private static final String EXCEPTION = "exception";

    private final VersionedDocuments documents;
    private final MongoCollection<Document> exceptions;
    private final String defaultLevel;

    public ClassificationProjection(MongoDatabase database, ClassificationScheme scheme) {
        this.documents = new VersionedDocuments(database.getCollection(COLLECTION));
        this.exceptions = database.getCollection(EXCEPTIONS);
        this.defaultLevel = scheme.defaultLevel();
    }

    @EventHandler
    public void on(AgreementEvent event, @SequenceNumber long sequence) {
        if (event instanceof AgreementRegistered registered) {
            documents.apply(event.agreementId(), sequence, document -> plain(new Document("_id", event.agreementId())
                    .append(Classifications.CLASSIFICATION, Values.classification(registered.classification()))
                    .append(Classifications.DECLASSIFY_ON, null)
                    .append(Classifications.MILESTONES, new Document())
                    .append(Classifications.REPORTS, new Document())
                    .append(Classifications.REVIEWS, new Document())));
        } else if (event instanceof AgreementClassified classified) {
            documents.apply(event.agreementId(), sequence, document -> document == null ? null : plain(document
                    .append(Classifications.CLASSIFICATION, Values.classification(classified.classification()))
                    .append(Classifications.DECLASSIFY_ON, date(classified.declassifyOn()))));
        } else if (event instanceof AgreementDeclassified declassified) {
            documents.apply(event.agreementId(), sequence, document -> document == null ? null : plain(document
                    .append(Classifications.CLASSIFICATION, Values.classification(declassified.classification()))
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
            items.append(itemId, Values.classification(own));
            return plain(document);
        });
    }

    /** {@code document} with its {@code plain} flag as it now stands, and its place among the exceptions. */
    private Document plain(Document document) {
        Classification classification = Values.classification(
                document.get(Classifications.CLASSIFICATION));
        boolean plain = (classification == null
                || classification.compartments().isEmpty() && classification.releasableTo().isEmpty())
                && noneRaised(document, Classifications.MILESTONES) && noneRaised(document, Classifications.REPORTS)
                && noneRaised(document, Classifications.REVIEWS);
        boolean exception = !plain || classification != null && !classification.level().equals(defaultLevel);
        Object listed = document.get(EXCEPTION);
        // written only when it changes: most events (a report, a milestone) leave an agreement as it was
        if (exception && !Boolean.TRUE.equals(listed)) {
            exceptions.replaceOne(Filters.eq("_id", document.get("_id")), new Document("_id", document.get("_id")),
                                  UPSERT);
        } else if (!exception && Boolean.TRUE.equals(listed)) {
            exceptions.deleteOne(Filters.eq("_id", document.get("_id")));
        }
        return document.append(Classifications.PLAIN, plain).append(EXCEPTION, exception);
    }

    private static boolean noneRaised(Document document, String field) {
        Document items = document.get(field, Document.class);
        return items == null || items.values().stream().allMatch(Objects::isNull);
    }

    @ResetHandler
    public void reset() {
        exceptions.deleteMany(new Document());
        documents.clear();
    }
}
