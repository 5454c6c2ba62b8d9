package org.agreementtracker.readmodel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A filter lets through the same documents whether MongoDB reads it or the as-of answers test it in memory. */
@ExtendWith(FreshDatabases.class)
class RowFilterTest {

    private final List<Document> rows = List.of(
            row("a", "Trade agreement", "IN_FORCE", List.of("PK-MOC", "BY-MINTRADE"), "2025-06-01", true, "HIGH"),
            row("b", "Labour MoU", "SIGNED", List.of("PK-MOPHRD"), "2025-07-15", false, null),
            row("c", "TRADE roadmap", "SIGNED", List.of("PK-MOC"), "2025-05-20", true, "LOW"),
            new Document("_id", "d").append("title", "No dates, no parties").append("status", "DRAFT"));

    private MongoCollection<Document> collection;

    private static Document row(String id, String title, String status, List<String> parties, String dueOn,
                                boolean open, String confidence) {
        Document row = new Document("_id", id).append("title", title).append("status", status)
                                              .append("parties", parties).append("dueOn", dueOn).append("open", open);
        return confidence == null ? row : row.append("latestReview", new Document("confidence", confidence));
    }

    @BeforeEach
    void store(MongoDatabase database) {
        collection = database.getCollection("rows");
        collection.insertMany(rows.stream().map(Document::new).toList());
    }

    private List<String> inMongo(RowFilter filter) {
        List<String> ids = new ArrayList<>();
        collection.find(filter.bson()).forEach(row -> ids.add(row.getString("_id")));
        return ids.stream().sorted().toList();
    }

    private List<String> inMemory(RowFilter filter) {
        return rows.stream().filter(filter).map(row -> row.getString("_id")).sorted().toList();
    }

    private void bothRead(RowFilter filter, String... expected) {
        assertThat(inMongo(filter)).as("MongoDB").containsExactly(expected);
        assertThat(inMemory(filter)).as("in memory").containsExactly(expected);
    }

    @Test
    void equalityMatchesAScalarAnElementOfAListAndAnEmbeddedField() {
        bothRead(RowFilter.all().equal("status", "SIGNED"), "b", "c");
        bothRead(RowFilter.all().equal("parties", "PK-MOC"), "a", "c");
        bothRead(RowFilter.all().equal("latestReview.confidence", "LOW"), "c");
        bothRead(RowFilter.all().equal("status", "SIGNED").equal("parties", "PK-MOC"), "c");
        bothRead(RowFilter.all().equal("status", "EXPIRED"));
    }

    @Test
    void textIsFoundInAnyOfTheFieldsWhateverItsCaseAndTakenLiterally() {
        bothRead(RowFilter.all().containsText("trade", "title", "_id"), "a", "c");
        bothRead(RowFilter.all().containsText("b", "_id"), "b");
        bothRead(RowFilter.all().containsText("no dates, no", "title"), "d");
        bothRead(RowFilter.all().containsText(".*", "title"));
    }

    @Test
    void inMongoDbTextMatchedWhereItWasOpenedPassesToo() {
        RowFilter filter = RowFilter.all().containsText("trade", "_id", List.of("b"), "title");

        assertThat(inMongo(filter)).containsExactly("a", "b", "c");
        assertThat(inMemory(filter)).as("in memory every text is plain").containsExactly("a", "c");
    }

    @Test
    void datesCompareAsTextAndAMissingDateIsNeitherBeforeNorAfter() {
        bothRead(RowFilter.all().before("dueOn", "2025-06-10"), "a", "c");
        bothRead(RowFilter.all().notBefore("dueOn", "2025-06-01"), "a", "b");
    }

    @Test
    void conditionsCombineWithAnyOfAndAnd() {
        RowFilter notOverdue = RowFilter.anyOf(RowFilter.all().equal("open", false),
                                               RowFilter.all().notBefore("dueOn", "2025-06-10"));
        bothRead(notOverdue, "b");
        bothRead(RowFilter.all().equal("parties", "PK-MOC")
                          .and(RowFilter.all().equal("open", true).before("dueOn", "2025-06-01")), "c");
    }

    @Test
    void excludedValuesAreLeftOutAndNothingExcludedLeavesTheFilterAsItWas() {
        bothRead(RowFilter.all().equal("status", "SIGNED").noneOf("_id", List.of("b", "x")), "c");
        bothRead(RowFilter.all().noneOf("_id", List.of("a", "b", "c")), "d");
        bothRead(RowFilter.all().equal("status", "SIGNED").noneOf("_id", List.of()), "b", "c");
    }
}
