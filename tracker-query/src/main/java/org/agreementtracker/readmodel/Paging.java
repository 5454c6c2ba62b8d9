package org.agreementtracker.readmodel;

import com.mongodb.client.model.Aggregates;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;

/**
 * A page of a list: {@code page} counts from 0, {@code size} rows on it; no size means every row on one page.
 *
 * @param page which page, 0 or more
 * @param size rows per page, 1 or more, or {@code null} for all
 */
public record Paging(int page, Integer size) {

    public Paging {
        if (page < 0) {
            throw new IllegalArgumentException("page counts from 0, so it cannot be " + page);
        }
        if (size != null && size < 1) {
            throw new IllegalArgumentException("size is 1 or more, not " + size);
        }
    }

    public static Paging of(Integer page, Integer size) {
        return new Paging(page == null ? 0 : page, size);
    }

    /** How many rows come before this page. */
    public long skip() {
        return size == null ? 0 : (long) page * size;
    }

    /** The stages that cut this page out of rows in {@code order}. */
    public List<Bson> stages(Bson order) {
        List<Bson> stages = new ArrayList<>();
        stages.add(Aggregates.sort(order));
        if (size != null) {
            if (skip() > 0) {
                stages.add(Aggregates.skip((int) Math.min(Integer.MAX_VALUE, skip())));
            }
            stages.add(Aggregates.limit(size));
        }
        return stages;
    }

    /** This page of {@code rows}, all of which match. */
    public <T> List<T> of(List<T> rows) {
        if (size == null) {
            return rows;
        }
        long from = Math.min(rows.size(), skip());
        return rows.subList((int) from, (int) Math.min(rows.size(), from + size));
    }

    /** The count a {@code $facet} of {@code $count} produced: no document when nothing matched. */
    public static long total(Document facets, String facet, String field) {
        List<Document> counts = Values.documents(facets, facet);
        return counts.isEmpty() ? 0 : ((Number) counts.get(0).get(field)).longValue();
    }
}
