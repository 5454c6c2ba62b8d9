package org.agreementtracker.api.board;

import java.util.List;

/** One page of {@link ListMilestones} and how many rows match its filters in all; see {@link AgreementPage}. */
public record MilestonePage(List<MilestoneRow> rows, long total) {

    public MilestonePage {
        rows = List.copyOf(rows);
    }
}
