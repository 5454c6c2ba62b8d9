package org.agreementtracker.benchmark;

/**
 * What profiling found about the limits, written once by hand and appended to every report: the figures above change
 * with the machine, the reasons do not.
 */
final class ProfileNotes {

    private ProfileNotes() {
    }

    static void append(StringBuilder out) {
        out.append("""
                ### Profile notes

                (to be written)
                """);
    }
}
