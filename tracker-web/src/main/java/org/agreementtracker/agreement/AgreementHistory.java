package org.agreementtracker.agreement;

import org.agreementtracker.api.history.FindAgreementHistory;
import org.agreementtracker.api.history.HistoryEntry;
import org.agreementtracker.problem.ResourceNotFoundException;
import org.agreementtracker.read.Reads;
import org.springframework.stereotype.Component;

import java.util.List;

/** An agreement's history from the query side, for the API and the agreement's page: 404 when it has none. */
@Component
public class AgreementHistory {

    private final Reads reads;

    public AgreementHistory(Reads reads) {
        this.reads = reads;
    }

    public List<HistoryEntry> of(String agreementId) {
        List<HistoryEntry> history = reads.list(new FindAgreementHistory(agreementId), HistoryEntry.class);
        if (history.isEmpty()) {
            throw new ResourceNotFoundException("Agreement", agreementId);
        }
        return history;
    }
}
