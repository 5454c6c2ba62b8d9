package org.agreementtracker.pages.board;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BoardCsvTest {

    @Test
    void aValueWithACommaQuoteOrLineBreakIsQuoted() {
        assertThat(BoardCsv.quoted("Trade, transit")).isEqualTo("\"Trade, transit\"");
        assertThat(BoardCsv.quoted("the \"Roadmap\"")).isEqualTo("\"the \"\"Roadmap\"\"\"");
        assertThat(BoardCsv.quoted("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(BoardCsv.quoted("PKBY-2025-TRADE")).isEqualTo("PKBY-2025-TRADE");
    }

    @Test
    void aValueASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertThat(BoardCsv.quoted("=HYPERLINK(\"http://x\")")).startsWith("\"'=");
        assertThat(BoardCsv.quoted("+1")).isEqualTo("'+1");
        assertThat(BoardCsv.quoted("@sum")).isEqualTo("'@sum");
        assertThat(BoardCsv.quoted("-5")).isEqualTo("'-5");
    }
}
