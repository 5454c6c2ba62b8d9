package org.agreementtracker.api.board;

import org.agreementtracker.api.agreement.AgreementKind;
import org.agreementtracker.api.agreement.AgreementStatus;
import org.agreementtracker.api.agreement.Party;
import org.agreementtracker.api.agreement.Signatory;

import java.time.LocalDate;
import java.util.List;

/**
 * An agreement with its parties, status history, milestones (with each side's reports, indicator values and due-date
 * history) and reviews; {@code version} is its {@code ETag} (the sequence number of its last event).
 *
 * @param signature    {@code null} unless signed
 * @param announcement {@code null} unless announced
 */
public record AgreementDetail(String id,
                              String ref,
                              String title,
                              AgreementKind kind,
                              List<String> sectors,
                              String summary,
                              LocalDate validFrom,
                              LocalDate validUntil,
                              String parentRef,
                              List<Party> parties,
                              AgreementStatus status,
                              Signature signature,
                              Announcement announcement,
                              List<StatusChange> statusHistory,
                              List<MilestoneDetail> milestones,
                              List<ReviewEntry> reviews,
                              long version) {

    public record Signature(LocalDate signedOn, String place, List<Signatory> signatories) {
    }

    public record Announcement(LocalDate announcedOn, String note) {
    }
}
