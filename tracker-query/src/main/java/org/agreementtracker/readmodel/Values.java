package org.agreementtracker.readmodel;

import org.agreementtracker.api.classification.Classification;
import org.agreementtracker.api.milestone.Evidence;
import org.bson.Document;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;
import java.util.function.Function;

/**
 * How values are written into read-model documents and read back. Business dates are ISO strings
 * ({@code "2025-04-11"}), which order as the dates do, so a filter can compare them; decimals are their exact
 * decimal strings, so that a value reads back with the digits it was reported with and no size of number can make a
 * projection fail; instants are BSON dates (milliseconds, as the event store records them); enums their names.
 */
public final class Values {

    private Values() {
    }

    public static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public static LocalDate date(Object stored) {
        return stored == null ? null : LocalDate.parse(stored.toString());
    }

    public static String decimal(BigDecimal value) {
        return value == null ? null : value.toString();
    }

    public static BigDecimal decimal(Object stored) {
        return stored == null ? null : new BigDecimal(stored.toString());
    }

    public static Date instant(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    public static Instant instant(Object stored) {
        return stored == null ? null : ((Date) stored).toInstant();
    }

    public static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    public static <E extends Enum<E>> E enumOf(Class<E> type, Object stored) {
        return stored == null ? null : Enum.valueOf(type, stored.toString());
    }

    /** How a classification is stored; {@code null} for none. */
    public static Document classification(Classification classification) {
        return classification == null ? null : new Document("level", classification.level())
                .append("compartments", classification.compartments())
                .append("releasableTo", classification.releasableTo());
    }

    /** A classification as {@link #classification(Classification)} stored it; {@code null} for none. */
    public static Classification classification(Object stored) {
        if (!(stored instanceof Document document)) {
            return null;
        }
        return new Classification(document.getString("level"), document.getList("compartments", String.class),
                                  document.getList("releasableTo", String.class));
    }

    /** How the evidence of a report is stored, item by item. */
    public static List<Document> evidence(List<Evidence> evidence) {
        return evidence.stream()
                       .map(item -> new Document(Fields.TITLE, item.title())
                               .append("url", item.url())
                               .append("sha256", item.sha256())
                               .append("category", item.category())
                               .append("classification", classification(item.classification())))
                       .toList();
    }

    /** The evidence {@link #evidence(List)} stored in {@code field}. */
    public static List<Evidence> evidence(Document document, String field) {
        return each(document, field, item -> new Evidence(item.getString(Fields.TITLE), item.getString("url"),
                                                          item.getString("sha256"), item.getString("category"),
                                                          classification(item.get("classification"))));
    }

    public static Integer integer(Object stored) {
        return stored == null ? null : ((Number) stored).intValue();
    }

    /**
     * The sub-documents in {@code field}, empty when there are none. {@code document} may be absent: a
     * {@code $facet} stage over a collection not made yet answers nothing on the embedded store (MongoDB answers one
     * document of empty lists).
     */
    public static List<Document> documents(Document document, String field) {
        if (document == null) {
            return new ArrayList<>();
        }
        List<Document> list = document.getList(field, Document.class);
        return list == null ? new ArrayList<>() : new ArrayList<>(list);
    }

    public static List<String> strings(Document document, String field) {
        List<String> list = document.getList(field, String.class);
        return list == null ? List.of() : List.copyOf(list);
    }

    public static <T> List<T> each(Document document, String field, Function<Document, T> read) {
        List<T> result = new ArrayList<>();
        for (Document element : documents(document, field)) {
            result.add(read.apply(element));
        }
        return result;
    }

    /** A copy of {@code list} with the first document whose {@code key} equals {@code value} changed. */
    public static List<Document> replacing(List<Document> list, String key, Object value,
                                           Function<Document, Document> change) {
        List<Document> result = new ArrayList<>(list.size());
        for (Document element : list) {
            result.add(value.equals(element.get(key)) ? change.apply(element) : element);
        }
        return result;
    }

    /**
     * A copy of {@code document} that shares nothing changeable with it (nested documents and lists are copied too;
     * strings, numbers and dates are immutable): what a fold may change in place and drop if it fails half-way.
     */
    public static Document copy(Document document) {
        if (document == null) {
            return null;
        }
        Document copy = new Document();
        document.forEach((field, value) -> copy.put(field, copyOf(value)));
        return copy;
    }

    private static Object copyOf(Object value) {
        if (value instanceof Document document) {
            return copy(document);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(element -> copy.add(copyOf(element)));
            return copy;
        }
        if (value instanceof java.util.Map<?, ?> map) {
            Document copy = new Document();
            map.forEach((key, element) -> copy.put(String.valueOf(key), copyOf(element)));
            return copy;
        }
        return value;
    }

    /** Whether {@code text} holds {@code part}, whatever its case ({@code null} holds nothing). */
    public static boolean containsIgnoringCase(String text, String part) {
        return text != null && Pattern.compile(Pattern.quote(part), Pattern.CASE_INSENSITIVE).matcher(text).find();
    }

    /** A regular expression that matches {@code text} literally, in MongoDB's dialect as in Java's. */
    public static String regexLiteral(String text) {
        StringBuilder pattern = new StringBuilder();
        for (char c : text.toCharArray()) {
            if ("\\^$.|?*+()[]{}/-".indexOf(c) >= 0) {
                pattern.append('\\');
            }
            pattern.append(c);
        }
        return pattern.toString();
    }
}
