package org.agreementtracker.api.board;

import org.agreementtracker.api.classification.Classification;
import org.agreementtracker.api.classification.Redactable;
import org.agreementtracker.api.classification.Withheld;
import org.agreementtracker.api.milestone.Evidence;

/**
 * A piece of evidence of a report as recorded.
 *
 * @param id             its place in its report, {@code evidence[0]} for the first, as a refusal names it
 * @param classification its own, raising its report's; {@code null} when it has the report's
 * @param withheld       {@code null} unless the reader may not read it; then nothing but its id is given
 */
public record EvidenceEntry(String id,
                            String title,
                            String url,
                            String sha256,
                            String category,
                            Classification classification,
                            Withheld withheld) implements Redactable {

    /** The {@code index}-th evidence of a report, as recorded. */
    public static EvidenceEntry of(int index, Evidence evidence) {
        return new EvidenceEntry("evidence[" + index + "]", evidence.title(), evidence.url(), evidence.sha256(),
                                 evidence.category(), evidence.classification(), null);
    }

    /** This evidence in place of itself, for a reader who may not read it. */
    public EvidenceEntry withheldAs(Withheld withheld) {
        return new EvidenceEntry(id, null, null, null, null, null, withheld);
    }

    @Override
    public String withheldId() {
        return id;
    }
}
