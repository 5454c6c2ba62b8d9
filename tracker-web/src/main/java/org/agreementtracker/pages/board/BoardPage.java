package org.agreementtracker.pages.board;

import io.swagger.v3.oas.annotations.Hidden;
import org.agreementtracker.api.board.AgreementPage;
import org.agreementtracker.api.board.AgreementRow;
import org.agreementtracker.api.board.FindSummaryBoard;
import org.agreementtracker.api.board.SummaryBoard;
import org.agreementtracker.api.body.BodyRegister;
import org.agreementtracker.pages.AsOf;
import org.agreementtracker.read.Reads;
import org.agreementtracker.security.Authorized;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The committee's board: every agreement, filtered, sorted and paged, with counts at the top; the same rows as CSV
 * and as a page to print for a meeting. It reads what the API's board reads ({@code ListAgreements}).
 */
@Controller
@Hidden // a page, not part of the API's OpenAPI document
public class BoardPage {

    static final int PAGE_SIZE = 25;
    static final int MAX_PAGE_SIZE = 200;

    private final Reads reads;
    private final BodyRegister bodies;
    private final BoardCsv csv;
    private final Clock clock;

    public BoardPage(Reads reads, BodyRegister bodies, BoardCsv csv, Clock clock) {
        this.reads = reads;
        this.bodies = bodies;
        this.csv = csv;
        this.clock = clock;
    }

    @GetMapping("/board")
    @PreAuthorize(Authorized.ANY_USER)
    public String board(@ModelAttribute("filter") BoardFilter filter,
                        @RequestParam(defaultValue = "0") int page, Model model) {
        int current = Math.max(0, page);
        int size = filter.pageSize(PAGE_SIZE, MAX_PAGE_SIZE);
        AgreementPage rows = rows(filter, current, size);
        SummaryBoard summary = reads.one(new FindSummaryBoard(AsOf.now()), SummaryBoard.class);
        int pages = (int) Math.max(1, (rows.total() + size - 1) / size);
        model.addAttribute("rows", rows.rows());
        model.addAttribute("total", rows.total());
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("firstRow", rows.rows().isEmpty() ? 0 : (long) current * size + 1);
        model.addAttribute("lastRow", (long) current * size + rows.rows().size());
        model.addAttribute("summary", summary);
        model.addAttribute("agreementCount", summary.byStatus().values().stream().mapToInt(Integer::intValue).sum());
        model.addAttribute("sectors", new TreeSet<>(summary.bySector().keySet()));
        model.addAttribute("bodies", bodies.all());
        model.addAttribute("sorts", BoardSort.values());
        return "pages/board";
    }

    @GetMapping("/board/print")
    @PreAuthorize(Authorized.ANY_USER)
    public String print(@ModelAttribute("filter") BoardFilter filter, Model model) {
        AgreementPage rows = rows(filter, null, null);
        model.addAttribute("rows", rows.rows());
        model.addAttribute("total", rows.total());
        model.addAttribute("today", day());
        return "pages/board-print";
    }

    @GetMapping("/board/export.csv")
    @PreAuthorize(Authorized.ANY_USER)
    public ResponseEntity<byte[]> export(@ModelAttribute("filter") BoardFilter filter, Locale locale) {
        List<AgreementRow> rows = rows(filter, null, null).rows();
        String file = "agreements-" + day() + ".csv";
        return ResponseEntity.ok()
                             .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                             .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                             .body(csv.of(rows, locale).getBytes(StandardCharsets.UTF_8));
    }

    /** The day the rows are of: today, or the day of the moment asked for. */
    private LocalDate day() {
        return AsOf.now() == null ? LocalDate.now(clock) : LocalDate.ofInstant(AsOf.now(), ZoneOffset.UTC);
    }

    /** One page of the rows (all of them when {@code page} is null) in the filter's order. */
    private AgreementPage rows(BoardFilter filter, Integer page, Integer size) {
        if (filter.pagedByStore()) {
            return reads.one(page == null ? filter.query() : filter.query().page(page, size), AgreementPage.class);
        }
        AgreementPage all = reads.one(filter.query(), AgreementPage.class);
        List<AgreementRow> sorted = all.rows().stream().sorted(filter.order().comparator(filter.descending())).toList();
        if (page == null) {
            return new AgreementPage(sorted, all.total());
        }
        int from = (int) Math.min(sorted.size(), (long) page * size);
        return new AgreementPage(sorted.subList(from, Math.min(sorted.size(), from + size)), all.total());
    }
}
