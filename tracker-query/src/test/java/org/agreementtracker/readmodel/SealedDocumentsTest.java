package org.agreementtracker.readmodel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import org.agreementtracker.api.classification.Classification;
import org.agreementtracker.api.classification.ClassificationScheme;
import org.agreementtracker.api.classification.Sealing;
import org.agreementtracker.api.classification.SealingKeys;
import org.axonframework.messaging.MetaData;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Read-model documents seal their text when what they were folded from is classified, and read back plain. */
@ExtendWith(FreshDatabases.class)
class SealedDocumentsTest {

    private static final Sealing SEALING = new Sealing(ClassificationScheme.standard(), "RESTRICTED",
                                                       SealingKeys.random(List.of("RESTRICTED", "SECRET", "DEFENCE")));
    private static final Fold FOLD = Fold.builder()
            .creating(String.class, (title, recorded) -> new Document("_id", "a1").append(Fields.TITLE, title)
                                                                                 .append(Fields.STATUS, "SIGNED")
                                                                                 .append("milestones", List.of(
                                                                                         new Document("note", title))))
            .build();

    private MongoCollection<Document> rows;
    private MongoCollection<BsonDocument> stored;

    @BeforeEach
    void collections(MongoDatabase database) {
        rows = database.withCodecRegistry(SealedDocuments.codecs(SEALING)).getCollection("rows");
        stored = database.getCollection("rows", BsonDocument.class);
    }

    private static Recorded recorded(Classification content) {
        return new Recorded(0, Instant.now(), content == null ? MetaData.emptyInstance()
                : MetaData.from(content.toContentMetadata()));
    }

    @Test
    void aDocumentFoldedFromClassifiedContentStoresItsTextSealedAndReadsItPlain() {
        rows.insertOne(FOLD.apply(null, "Joint exercise Indus Shield",
                                  recorded(new Classification("SECRET", List.of("DEFENCE"), List.of()))));

        BsonDocument raw = stored.find().first();
        assertThat(raw.toJson()).doesNotContain("Indus");
        assertThat(raw.getString(Fields.STATUS).getValue()).isEqualTo("SIGNED");
        assertThat(raw.getBoolean(SealedDocuments.SEALED).getValue()).isTrue();
        Document read = rows.find().first();
        assertThat(read.getString(Fields.TITLE)).isEqualTo("Joint exercise Indus Shield");
        assertThat(read.getList("milestones", Document.class).get(0).getString("note"))
                .isEqualTo("Joint exercise Indus Shield");
        assertThat(rows.find(Filters.eq(Fields.STATUS, "SIGNED")).first()).isNotNull();
    }

    @Test
    void aDocumentReplacedOrWrittenInBulkIsSealedToo() {
        rows.insertOne(new Document("_id", "a1").append(Fields.TITLE, "draft"));
        Document secret = FOLD.apply(null, "Indus Shield", recorded(Classification.of("SECRET")));

        rows.replaceOne(Filters.eq("_id", "a1"), secret);
        rows.bulkWrite(List.of(new ReplaceOneModel<>(Filters.eq("_id", "a2"), secret.append("_id", "a2"),
                                                     new ReplaceOptions().upsert(true))));

        assertThat(stored.find().into(new ArrayList<>()))
                .hasSize(2).allSatisfy(raw -> assertThat(raw.toJson()).doesNotContain("Indus"));
        assertThat(rows.find(Filters.eq("_id", "a2")).first().getString(Fields.TITLE)).isEqualTo("Indus Shield");
    }

    @Test
    void aDocumentOfContentBelowTheSealedLevelStaysReadable() {
        rows.insertOne(FOLD.apply(null, "Postal cooperation", recorded(Classification.of("OFFICIAL"))));
        rows.insertOne(FOLD.apply(null, "Postal cooperation", recorded(null)).append("_id", "a2"));

        assertThat(stored.find().into(new ArrayList<>()))
                .allSatisfy(raw -> assertThat(raw.toJson()).contains("Postal cooperation")
                                                           .doesNotContain(SealedDocuments.SEALED));
    }

    @Test
    void aLabelHoldsEveryLevelAndCompartmentFoldedIn() {
        Document row = FOLD.apply(null, "Roadmap", recorded(Classification.of("OFFICIAL")));
        Fold relabel = Fold.builder().changing(Integer.class, (current, any, recorded) -> current).build();

        relabel.apply(row, 1, recorded(new Classification("RESTRICTED", List.of("DEFENCE"), List.of())));
        relabel.apply(row, 2, recorded(Classification.of("OFFICIAL")));

        Document label = row.get(SealedDocuments.CONTENT, Document.class);
        assertThat(label.getList("levels", String.class)).containsExactly("OFFICIAL", "RESTRICTED");
        assertThat(label.getList("compartments", String.class)).containsExactly("DEFENCE");
        rows.insertOne(row);
        assertThat(stored.find().first().getBinary(Fields.TITLE)).isNotNull();
    }

    @Test
    void aLabelledDocumentInsideAnotherIsSealedAlone() {
        Document secretRow = FOLD.apply(null, "Indus Shield", recorded(Classification.of("SECRET")));
        rows.insertOne(new Document("_id", "checkpoint").append(Fields.TITLE, "Board as of 2026-01-01")
                                                        .append("rows", List.of(secretRow)));

        String raw = stored.find().first().toJson();
        assertThat(raw).contains("Board as of 2026-01-01").doesNotContain("Indus");
        assertThat(rows.find().first().getList("rows", Document.class).get(0).getString(Fields.TITLE))
                .isEqualTo("Indus Shield");
    }

    @Test
    void sealedTextAlteredInTheStoreDoesNotRead() {
        rows.insertOne(FOLD.apply(null, "Indus Shield", recorded(Classification.of("SECRET"))));
        byte[] data = stored.find().first().getBinary(Fields.TITLE).getData();
        data[data.length - 1] ^= 1;
        stored.updateOne(Filters.eq("_id", "a1"), Updates.set(Fields.TITLE, new Binary(data)));

        assertThatIllegalStateException().isThrownBy(() -> rows.find().first()).withMessageContaining("altered");
    }
}
