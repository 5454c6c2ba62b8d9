package org.agreementtracker.readmodel;

import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A filter on read-model documents, stated once and read two ways: as a MongoDB filter for the live collection
 * ({@link #bson()}) and as a test of a document in memory ({@link #test}), which the as-of answers use on the
 * documents they fold. Each condition is written with both readings side by side, so the two cannot drift apart.
 * <p>
 * Equality conditions come first in the MongoDB filter, one flat field each (the embedded store tests a row's fields
 * in order and stops at the first that fails); the others follow under {@code $and}. Dates are ISO strings
 * ({@link Values#date}), so they compare as text.
 */
public final class RowFilter implements Predicate<Document> {

    private final Document equalities = new Document();
    private final List<Bson> others = new ArrayList<>();
    private final List<Predicate<Document>> tests = new ArrayList<>();

    private RowFilter() {
    }

    /** The filter every document passes, to add conditions to. */
    public static RowFilter all() {
        return new RowFilter();
    }

    /** The value at {@code path} (dotted, into embedded documents) is {@code value}, or is a list holding it. */
    public RowFilter equal(String path, Object value) {
        equalities.append(path, value);
        tests.add(document -> {
            Object stored = at(document, path);
            return stored instanceof Collection<?> values ? values.contains(value) : Objects.equals(stored, value);
        });
        return this;
    }

    /** One of {@code fields} holds {@code text}, whatever its case. */
    public RowFilter containsText(String text, String... fields) {
        return containsText(text, "_id", List.of(), fields);
    }

    /**
     * One of {@code fields} holds {@code text}, whatever its case; in MongoDB, also a document whose {@code idField} is
     * one of {@code matchedElsewhere} (sealed text, matched where it was opened: {@link SealedDocuments}). In memory
     * every text is plain, so the fields alone decide.
     */
    public RowFilter containsText(String text, String idField, Collection<String> matchedElsewhere,
                                  String... fields) {
        String regex = Values.regexLiteral(text);
        List<Bson> either = new ArrayList<>();
        for (String field : fields) {
            either.add(Filters.regex(field, regex, "i"));
        }
        if (!matchedElsewhere.isEmpty()) {
            either.add(Filters.in(idField, matchedElsewhere));
        }
        others.add(Filters.or(either));
        tests.add(document -> {
            for (String field : fields) {
                Object stored = at(document, field);
                if (stored != null && Values.containsIgnoringCase(stored.toString(), text)) {
                    return true;
                }
            }
            return false;
        });
        return this;
    }

    /**
     * The text at {@code field} sorts before {@code bound} (for ISO dates: is earlier); as in MongoDB, which compares
     * values of one type only, a field that is not text never passes.
     */
    public RowFilter before(String field, String bound) {
        return other(Filters.lt(field, bound),
                     document -> at(document, field) instanceof String text && text.compareTo(bound) < 0);
    }

    /** The text at {@code field} does not sort before {@code bound} (for ISO dates: is that day or later). */
    public RowFilter notBefore(String field, String bound) {
        return other(Filters.gte(field, bound),
                     document -> at(document, field) instanceof String text && text.compareTo(bound) >= 0);
    }

    /** The value at {@code field} is none of {@code values} (a document without the field passes). */
    public RowFilter noneOf(String field, Collection<?> values) {
        if (values.isEmpty()) {
            return this;
        }
        List<?> excluded = List.copyOf(values);
        return other(Filters.nin(field, excluded), document -> !excluded.contains(at(document, field)));
    }

    /** At least one of {@code filters} lets the document through. */
    public static RowFilter anyOf(RowFilter... filters) {
        List<Bson> either = new ArrayList<>();
        for (RowFilter filter : filters) {
            either.add(filter.bson());
        }
        return all().other(Filters.or(either), document -> {
            for (RowFilter filter : filters) {
                if (filter.test(document)) {
                    return true;
                }
            }
            return false;
        });
    }

    /** The same conditions and {@code filter}'s too. */
    public RowFilter and(RowFilter filter) {
        return other(filter.bson(), filter);
    }

    private RowFilter other(Bson filter, Predicate<Document> test) {
        others.add(filter);
        tests.add(test);
        return this;
    }

    /** The filter for MongoDB: the equalities as flat fields, then the other conditions under {@code $and}. */
    public Bson bson() {
        Document filter = new Document(equalities);
        if (!others.isEmpty()) {
            filter.append("$and", List.copyOf(others));
        }
        return filter;
    }

    /** Whether {@code document} passes, read in memory as MongoDB would read {@link #bson()}. */
    @Override
    public boolean test(Document document) {
        for (Predicate<Document> test : tests) {
            if (!test.test(document)) {
                return false;
            }
        }
        return true;
    }

    private static Object at(Document document, String path) {
        Object value = document;
        for (String key : path.split("\\.")) {
            if (!(value instanceof Document embedded)) {
                return null;
            }
            value = embedded.get(key);
        }
        return value;
    }
}
