package org.agreementtracker.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One benchmark's part of {@code BENCHMARKS.md}: the text between {@code <!-- name:begin -->} and
 * {@code <!-- name:end -->}. Writing it replaces only that text, so each benchmark rewrites its own figures and leaves
 * the other's, and anything written around them, as it was. A file without the markers gets them at its end.
 */
public final class ReportSection {

    private ReportSection() {
    }

    public static void write(Path file, String name, String content) {
        String begin = "<!-- " + name + ":begin -->";
        String end = "<!-- " + name + ":end -->";
        String section = begin + "\n" + content.strip() + "\n" + end;
        try {
            String existing = Files.exists(file) ? Files.readString(file) : "";
            int from = existing.indexOf(begin);
            int to = from < 0 ? -1 : existing.indexOf(end, from);
            String written;
            if (from >= 0 && to >= 0) {
                written = existing.substring(0, from) + section + existing.substring(to + end.length());
            } else if (existing.isBlank()) {
                written = section + "\n";
            } else {
                written = existing.stripTrailing() + "\n\n" + section + "\n";
            }
            Files.writeString(file, written);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
