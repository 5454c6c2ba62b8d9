package org.agreementtracker.portal;

import org.agreementtracker.api.board.AgreementPage;
import org.agreementtracker.api.board.AgreementRow;
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
 * items that were not withheld, with how many were not shown: withheld rows are counted rather than shown as
 * withheld, so the public learns how much of the record is not public, and nothing of it.
 */
public class PublicRecord {

    private final Reads reads;

    public PublicRecord(Reads reads) {
        this.reads = reads;
    }

    public PublicFeed feed() {
        List<MilestoneRow> allMilestones = reads.publicly(ListMilestones.all(), MilestonePage.class).rows();
        Map<String, List<MilestoneRow>> milestones =
                allMilestones.stream().filter(row -> row.withheld() == null)
                             .collect(Collectors.groupingBy(MilestoneRow::agreementId));
        List<AgreementRow> allAgreements = reads.publicly(ListAgreements.all(), AgreementPage.class).rows();
        List<PublicAgreement> agreements =
                allAgreements.stream().filter(row -> row.withheld() == null)
                             .map(row -> PublicAgreement.of(row, milestones.getOrDefault(row.id(), List.of())))
                             .toList();
        int milestonesShown = agreements.stream().mapToInt(agreement -> agreement.milestones().size()).sum();
        return new PublicFeed(agreements, new PublicFeed.NotShown(allAgreements.size() - agreements.size(),
                                                                  allMilestones.size() - milestonesShown));
    }
}
