package org.agreementtracker.bodies;

import com.mongodb.client.MongoDatabase;
import org.agreementtracker.api.board.BodyRow;
import org.agreementtracker.api.board.FindBodiesBoard;
import org.agreementtracker.api.body.Body;
import org.agreementtracker.api.body.BodyRegister;
import org.agreementtracker.readmodel.Postings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers {@link FindBodiesBoard}: one row per body of the register, in the register's order, from the sizes of the
 * bodies board's postings and the bodies' last reports, with "overdue" judged against today by {@code clock}. A body
 * no agreement mentions has a row of zeros.
 */
public class BodiesBoardQueries {

    private final Postings postings;
    private final LastReports lastReports;
    private final BodyRegister bodies;
    private final Clock clock;

    public BodiesBoardQueries(MongoDatabase database, BodyRegister bodies, Clock clock) {
        this.postings = BodyFacets.postings(database);
        this.lastReports = new LastReports(database.getCollection(LastReports.COLLECTION));
        this.bodies = bodies;
        this.clock = clock;
    }

    public List<BodyRow> find(FindBodiesBoard query) {
        return rows(postings.sizes(), lastReports.all(), bodies, LocalDate.now(clock));
    }

    /**
     * The board from the sizes of the facets of {@link BodyFacets} and each body's last report, with "overdue" judged
     * against {@code today}: what the stored postings give, or those of documents in memory.
     */
    public static List<BodyRow> rows(Map<String, Integer> sizes, Map<String, BodyRow.LastReport> last,
                                     BodyRegister bodies, LocalDate today) {
        Map<String, Integer> overdue = new HashMap<>();
        for (Map.Entry<String, Integer> size : sizes.entrySet()) {
            String facet = size.getKey();
            if (facet.startsWith(BodyFacets.OPEN_DUE)) {
                String dateAndBody = facet.substring(BodyFacets.OPEN_DUE.length());
                LocalDate dueOn = LocalDate.parse(dateAndBody.substring(0, 10));
                if (dueOn.isBefore(today)) {
                    overdue.merge(dateAndBody.substring(11), size.getValue(), Integer::sum);
                }
            }
        }
        List<BodyRow> rows = new ArrayList<>();
        for (Body body : bodies.all()) {
            rows.add(new BodyRow(body.id(), body.country(), body.name(),
                                 sizes.getOrDefault(BodyFacets.OPEN + body.id(), 0),
                                 overdue.getOrDefault(body.id(), 0),
                                 sizes.getOrDefault(BodyFacets.ACHIEVED + body.id(), 0),
                                 last.get(body.id())));
        }
        return rows;
    }
}
