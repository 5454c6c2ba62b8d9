package org.agreementtracker.benchmark.http;

import java.util.List;

/**
 * What the profile says about the limits, written by hand after a run and appended to every report: the figures
 * change with the machine, the reasons do not. Keep it in step with the code when the tracker or the store change.
 */
final class HttpProfileNotes {

    private HttpProfileNotes() {
    }

    static void append(StringBuilder out, List<String> missed) {
        out.append("## What limits it, and what would lift it\n\n");
        if (missed.isEmpty()) {
            out.append("Every target was met.\n\n");
        } else {
            out.append("Not met: ").append(String.join("; ", missed)).append(".\n\n");
        }
        out.append("""
                (Notes to be written from the profile above.)
                """);
    }
}
