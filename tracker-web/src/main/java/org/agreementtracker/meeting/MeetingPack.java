package org.agreementtracker.meeting;

import org.agreementtracker.api.board.AgreementRow;
import org.agreementtracker.api.meeting.ActionView;
import org.agreementtracker.api.meeting.Agenda;
import org.agreementtracker.api.meeting.AgendaItem;
import org.agreementtracker.api.meeting.MeetingView;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The meeting pack as a PDF (Apache PDFBox): the meeting, the moment its board is as of, the agenda, a chart of each
 * agreement's progress, and the open action items. What the reader may not read comes withheld, as in every answer.
 * The fonts are DejaVu Sans, embedded, so Cyrillic titles print as written.
 */
final class MeetingPack {

    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float BODY = 10;
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'",
                                                                                Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final Color BAR = new Color(0x2e, 0x6d, 0xa4);
    private static final Color TRACK = new Color(0xe3, 0xe8, 0xee);

    private final PDDocument document = new PDDocument();
    private final PDFont regular;
    private final PDFont bold;
    private PDPageContentStream page;
    private float y;

    private MeetingPack() {
        regular = font("/fonts/DejaVuSans.ttf");
        bold = font("/fonts/DejaVuSans-Bold.ttf");
    }

    /** The pack of {@code meeting}, its board as of {@code asOf}. */
    static byte[] of(MeetingView meeting, Agenda agenda, List<AgreementRow> board, List<ActionView> openActions,
                     Instant asOf) {
        MeetingPack pack = new MeetingPack();
        try (pack.document) {
            pack.write(meeting, agenda, board, openActions, asOf);
            pack.page.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pack.document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the pack of meeting " + meeting.id(), e);
        }
    }

    private void write(MeetingView meeting, Agenda agenda, List<AgreementRow> board, List<ActionView> openActions,
                       Instant asOf) throws IOException {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle("Meeting pack: " + meeting.title());
        info.setCreator("Agreement Implementation Tracker");
        newPage();
        line(bold, 16, "Meeting pack");
        line(bold, 13, meeting.title());
        line(regular, BODY, (meeting.held() ? "Held on " : "Planned for ") + meeting.heldOn()
                + (meeting.attendees().isEmpty() ? "" : " · " + String.join(", ", meeting.attendees())));
        line(regular, BODY, "Board as of " + MOMENT.format(asOf)
                + (agenda.since() == null ? "" : " · compared with the meeting of " + agenda.since().heldOn()));
        gap();

        line(bold, 12, "Agenda" + (agenda.edited() ? " (as the committee set it)" : " (drafted by the tracker)"));
        if (agenda.items().isEmpty()) {
            line(regular, BODY, "Nothing is due, disputed or open.");
        }
        int number = 1;
        for (AgendaItem item : agenda.items()) {
            String label = number++ + ". " + kind(item);
            if (item.withheld() != null) {
                paragraph(regular, BODY, label + ": withheld (" + item.withheld().describe() + ")");
                continue;
            }
            paragraph(bold, BODY, label + ": " + item.title());
            if (item.reason() != null) {
                paragraph(regular, BODY, "    " + item.reason());
            }
        }
        gap();

        line(bold, 12, "Progress by agreement");
        for (AgreementRow row : board) {
            progressBar(row);
        }
        gap();

        line(bold, 12, "Open action items");
        if (openActions.isEmpty()) {
            line(regular, BODY, "None.");
        }
        for (ActionView action : openActions) {
            if (action.withheld() != null) {
                paragraph(regular, BODY, "Withheld (" + action.withheld().describe() + ")");
                continue;
            }
            paragraph(regular, BODY, action.title() + " · " + action.owner() + " · due " + action.dueOn()
                    + (action.overdue() ? " · overdue" : "")
                    + (action.lastReport() == null ? " · no report yet"
                    : " · last report " + words(action.lastReport().status()) + " on "
                    + action.lastReport().occurredOn()));
        }
    }

    /** One agreement's progress as a labelled bar, 0 to 100 %. */
    private void progressBar(AgreementRow row) throws IOException {
        if (row.withheld() != null) {
            line(regular, BODY, "Withheld (" + row.withheld().describe() + ")");
            return;
        }
        BigDecimal progress = row.progressPercent() == null ? BigDecimal.ZERO : row.progressPercent();
        String label = row.ref() + " · " + words(row.status()) + " · "
                + progress.stripTrailingZeros().toPlainString() + "%";
        line(regular, 9, fit(regular, 9, label + " · " + row.title(), WIDTH));
        room(10);
        float barWidth = WIDTH * Math.min(100, Math.max(0, progress.floatValue())) / 100;
        page.setNonStrokingColor(TRACK);
        page.addRect(MARGIN, y - 2, WIDTH, 6);
        page.fill();
        page.setNonStrokingColor(BAR);
        page.addRect(MARGIN, y - 2, barWidth, 6);
        page.fill();
        page.setNonStrokingColor(Color.BLACK);
        y -= 12;
    }

    private void paragraph(PDFont font, float size, String text) throws IOException {
        for (String wrapped : wrap(font, size, text)) {
            line(font, size, wrapped);
        }
    }

    private void line(PDFont font, float size, String text) throws IOException {
        room(size * 1.5f);
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(MARGIN, y);
        page.showText(printable(font, text));
        page.endText();
        y -= size * 1.5f;
    }

    private void gap() {
        y -= 8;
    }

    private void room(float height) throws IOException {
        if (y - height < MARGIN) {
            page.close();
            newPage();
        }
    }

    private void newPage() throws IOException {
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private List<String> wrap(PDFont font, float size, String text) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : printable(font, text).split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (!current.isEmpty() && width(font, size, candidate) > WIDTH) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        lines.add(current.toString());
        return lines;
    }

    private String fit(PDFont font, float size, String text, float width) throws IOException {
        String fitted = printable(font, text);
        while (fitted.length() > 1 && width(font, size, fitted) > width) {
            fitted = fitted.substring(0, fitted.length() - 2) + "…";
        }
        return fitted;
    }

    private static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** The text with what the font cannot show (a script it lacks, a control character) replaced by "?". */
    private static String printable(PDFont font, String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().forEach(codePoint -> {
            if (Character.isISOControl(codePoint)) {
                shown.append(' ');
                return;
            }
            String character = new String(Character.toChars(codePoint));
            try {
                font.encode(character);
                shown.append(character);
            } catch (IOException | IllegalArgumentException e) {
                shown.append('?');
            }
        });
        return shown.toString();
    }

    private static String kind(AgendaItem item) {
        return switch (item.kind()) {
            case OVERDUE_MILESTONE -> "Milestone due";
            case DISPUTED_MILESTONE -> "Disputed milestone";
            case CHANGED_SINCE_LAST_MEETING -> "Changed since the last meeting";
            case OPEN_ACTION -> "Open action item";
            case ESCALATION -> "Escalation";
            case CONFIDENCE_FELL -> "Confidence fell";
        };
    }

    private static String words(Enum<?> value) {
        return value == null ? "none" : value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private PDFont font(String resource) {
        try (InputStream in = MeetingPack.class.getResourceAsStream(resource)) {
            return PDType0Font.load(document, in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load the font " + resource, e);
        }
    }
}
