package org.agreementtracker.readmodel;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(FreshDatabases.class)
class PostingsTest {

    private MongoDatabase database;
    private Postings postings;

    @BeforeEach
    void fresh(MongoDatabase database) {
        this.database = database;
        postings = new Postings(database.getCollection("postings"));
    }

    @Test
    void keysMoveFromTheFacetsTheyHadToThoseTheyHave() {
        postings.move(Map.of(), Map.of("a", Set.of("status:SIGNED", "sector:TRADE"),
                                       "b", Set.of("status:SIGNED", "sector:LABOUR")));
        postings.move(Map.of("a", Set.of("status:SIGNED", "sector:TRADE")),
                      Map.of("a", Set.of("status:IN_FORCE", "sector:TRADE")));

        assertThat(postings.keysWithAll(List.of("status:SIGNED"))).containsExactly("b");
        assertThat(postings.keysWithAll(List.of("status:IN_FORCE", "sector:TRADE"))).containsExactly("a");
        assertThat(postings.keysWithAll(List.of("status:IN_FORCE", "sector:LABOUR"))).isEmpty();
        assertThat(postings.keysWithAll(List.of("status:DRAFT"))).isEmpty();
        // an emptied posting counts for nothing
        assertThat(postings.sizes()).containsOnly(entry("status:SIGNED", 1), entry("status:IN_FORCE", 1),
                                                  entry("sector:TRADE", 1), entry("sector:LABOUR", 1));
    }

    @Test
    void repeatingAMoveChangesNothing() {
        Map<String, Set<String>> before = Map.of("a", Set.of("status:SIGNED"));
        Map<String, Set<String>> after = Map.of("a", Set.of("status:IN_FORCE"));
        postings.move(Map.of(), before);
        postings.move(before, after);
        List<Document> stored = stored();

        postings.move(before, after);
        postings.move(before, after);

        assertThat(stored()).isEqualTo(stored);
        assertThat(postings.sizes()).containsOnly(entry("status:IN_FORCE", 1));
    }

    @Test
    void aLargeFacetIsSpreadOverShardsAndReadAsOne() {
        Postings sharded = new Postings(database.getCollection("sharded"), facet -> facet.startsWith("status:"));
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            keys.add(String.format("key-%03d", i));
        }
        keys.forEach(key -> sharded.move(Map.of(), Map.of(key, Set.of("status:SIGNED", "due:2025-06-01"))));
        sharded.move(Map.of("key-007", Set.of("status:SIGNED")), Map.of("key-007", Set.of("status:IN_FORCE")));

        assertThat(database.getCollection("sharded").countDocuments()).isEqualTo(Postings.SHARDS + 1 + 1);
        assertThat(sharded.sizes()).containsOnly(entry("status:SIGNED", 99), entry("due:2025-06-01", 100),
                                                  entry("status:IN_FORCE", 1));
        assertThat(sharded.keysWithAll(List.of("status:SIGNED", "due:2025-06-01")))
                .hasSize(99).isSorted().doesNotContain("key-007");
        assertThat(sharded.keysWithAll(List.of("status:IN_FORCE"))).containsExactly("key-007");
    }

    @Test
    void keysAddedAtOnceAreAsIfAddedOneByOne() {
        Postings sharded = new Postings(database.getCollection("sharded"), facet -> facet.startsWith("status:"));
        sharded.addAll("status:SIGNED", List.of("b", "a", "c"));
        sharded.addAll("due:2025-06-01", List.of("a", "b"));

        assertThat(sharded.keysWithAll(List.of("status:SIGNED"))).containsExactly("a", "b", "c");
        assertThat(sharded.sizes()).containsOnly(entry("status:SIGNED", 3), entry("due:2025-06-01", 2));
    }

    @Test
    void keysComeInKeyOrder() {
        postings.move(Map.of(), Map.of("c", Set.of("f"), "a", Set.of("f"), "b", Set.of("f", "g")));

        assertThat(postings.keysWithAll(List.of("f"))).containsExactly("a", "b", "c");
        assertThat(postings.keysWithAll(List.of("g", "f"))).containsExactly("b");
    }

    @Test
    void documentsByIdComeInTheOrderAskedEvenBeyondOneBatch() {
        List<Document> documents = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            documents.add(new Document("_id", "id-" + i).append("n", i));
            ids.add(0, "id-" + i);
        }
        database.getCollection("things").insertMany(documents);
        ids.add(100, "missing");

        List<Document> found = ByIds.find(database.getCollection("things"), ids, null);

        assertThat(found).hasSize(450);
        assertThat(found).extracting(document -> document.getInteger("n")).startsWith(449, 448).endsWith(1, 0);
    }

    private List<Document> stored() {
        return database.getCollection("postings").find().sort(new Document("_id", 1)).into(new ArrayList<>());
    }
}
