package org.agreementtracker.api.history;

/** Every event of an agreement, oldest first, each with its audit hash: a list of {@link HistoryEntry}, empty if none. */
public record FindAgreementHistory(String agreementId) {
}
