package org.agreementtracker.pages.board;

import org.agreementtracker.api.board.AgreementRow;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The board as CSV (RFC 4180) for a meeting's papers: a header of the page's labels, then one line per agreement
 * with codes rather than labels (GREEN, IN_FORCE) so that a spreadsheet can filter on them. A row withheld from the
 * reader keeps its line, saying so in the title column and nothing else.
 */
@Component
public class BoardCsv {

    private static final List<String> COLUMNS = List.of(
            "ref", "title", "kind", "status", "sectors", "parties", "signedOn", "milestones.total",
            "milestones.achieved", "milestones.confirmed", "milestones.overdue", "milestones.disputed",
            "milestones.nextDueOn", "progress", "review.reviewedOn", "review.score", "review.confidence",
            "lastActivity");

    private final MessageSource messages;

    public BoardCsv(MessageSource messages) {
        this.messages = messages;
    }

    public String of(List<AgreementRow> rows, Locale locale) {
        StringBuilder csv = new StringBuilder();
        line(csv, COLUMNS.stream().map(column -> messages.getMessage("board.column." + column, null, locale)));
        for (AgreementRow row : rows) {
            if (row.withheld() != null) {
                line(csv, Stream.concat(Stream.of("", messages.getMessage("withheld.label",
                                                                         new Object[] {row.withheld().describe()},
                                                                         locale)),
                                        COLUMNS.stream().skip(2).map(column -> "")));
                continue;
            }
            var review = row.latestReview();
            line(csv, Stream.of(row.ref(), row.title(), row.kind(), row.status(), String.join(" ", row.sectors()),
                                String.join(" ", row.parties()), row.signedOn(), row.milestones().total(),
                                row.milestones().achieved(), row.milestones().confirmed(),
                                row.milestones().overdue(), row.milestones().disputed(),
                                row.milestones().nextDueOn(), row.progressPercent(),
                                review == null ? null : review.reviewedOn(), review == null ? null : review.score(),
                                review == null ? null : review.confidence(), row.lastActivityAt())
                                .map(value -> Objects.toString(value, "")));
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, Stream<String> values) {
        csv.append(values.map(BoardCsv::quoted).collect(Collectors.joining(","))).append("\r\n");
    }

    /** Quoted when it must be; a leading =, +, - or @ is defused so that a spreadsheet does not run it. */
    static String quoted(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
