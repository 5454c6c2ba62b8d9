package org.agreementtracker.portal;

import org.agreementtracker.api.board.AgreementPage;
import org.agreementtracker.api.board.ListAgreements;
import org.agreementtracker.api.board.ListMilestones;
import org.agreementtracker.api.board.MilestonePage;
import org.agreementtracker.api.board.MilestoneRow;
import org.agreementtracker.read.Reads;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What is public of the agreements: the boards read with the public's clearance, whoever asks, and of them only the
 * items that were not withheld. Withheld rows are dropped rather than shown as withheld: the public is not told how
 * many items it may not see.
 */
public class PublicRecord {

    private final Reads reads;

    public PublicRecord(Reads reads) {
        this.reads = reads;
    }

    public List<PublicAgreement> agreements() {
        Map<String, List<MilestoneRow>> milestones =
                reads.publicly(ListMilestones.all(), MilestonePage.class).rows().stream()
                     .filter(row -> row.withheld() == null)
                     .collect(Collectors.groupingBy(MilestoneRow::agreementId));
        return reads.publicly(ListAgreements.all(), AgreementPage.class).rows().stream()
                    .filter(row -> row.withheld() == null)
                    .map(row -> PublicAgreement.of(row, milestones.getOrDefault(row.id(), List.of())))
                    .toList();
    }
}
