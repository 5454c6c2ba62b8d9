package org.agreementtracker.api.classification;

/**
 * An answer that may stand for an item the reader may not read. When {@link #withheld()} is not {@code null}, the
 * item is answered as {@code {"id": withheldId(), "withheld": {...}}} and nothing else of it is sent: the web layer's
 * JSON writer does that for every type that implements this, so no answer can forget it.
 */
public interface Redactable {

    /** The id to answer in the item's place. */
    String withheldId();

    /** {@code null} unless the item is withheld from this reader. */
    Withheld withheld();
}
