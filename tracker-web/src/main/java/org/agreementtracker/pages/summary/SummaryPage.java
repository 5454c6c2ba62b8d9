package org.agreementtracker.pages.summary;

import io.swagger.v3.oas.annotations.Hidden;
import org.agreementtracker.api.board.BodyRow;
import org.agreementtracker.api.board.FindBodiesBoard;
import org.agreementtracker.api.board.FindSummaryBoard;
import org.agreementtracker.api.board.SummaryBoard;
import org.agreementtracker.pages.AsOf;
import org.agreementtracker.read.Reads;
import org.agreementtracker.security.Authorized;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The whole picture for a meeting: agreements by status, sector and confidence as bar charts, every indicator
 * against its target, and each body's overdue milestones. Read from the API's boards ({@code FindSummaryBoard},
 * {@code FindBodiesBoard}).
 */
@Controller
@Hidden // a page, not part of the API's OpenAPI document
public class SummaryPage {

    private final Reads reads;

    public SummaryPage(Reads reads) {
        this.reads = reads;
    }

    @GetMapping("/summary")
    @PreAuthorize(Authorized.ANY_USER)
    public String summary(Model model) {
        SummaryBoard summary = reads.one(new FindSummaryBoard(AsOf.now()), SummaryBoard.class);
        List<BodyRow> bodies = reads.list(new FindBodiesBoard(AsOf.now()), BodyRow.class);
        Map<String, Integer> overdueByBody = new LinkedHashMap<>();
        Map<String, String> bodyNames = new LinkedHashMap<>();
        bodies.stream()
              .filter(body -> body.overdue() > 0 || body.open() > 0)
              .sorted(Comparator.comparingInt(BodyRow::overdue).reversed().thenComparing(BodyRow::body))
              .forEach(body -> {
                  overdueByBody.put(body.body(), body.overdue());
                  bodyNames.put(body.body(), body.body() + " · " + body.name());
              });
        model.addAttribute("summary", summary);
        model.addAttribute("byStatus", Bar.of(summary.byStatus(), null));
        model.addAttribute("bySector", Bar.of(new TreeMap<>(summary.bySector()), null));
        model.addAttribute("byConfidence", Bar.of(summary.byConfidence(), null));
        model.addAttribute("overdueByBody", Bar.of(overdueByBody, bodyNames));
        model.addAttribute("bodies", bodies);
        return "pages/summary";
    }
}
