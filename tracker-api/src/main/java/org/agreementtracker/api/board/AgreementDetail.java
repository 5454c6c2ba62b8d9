package org.agreementtracker.api.board;

import org.agreementtracker.api.agreement.AgreementKind;
import org.agreementtracker.api.agreement.AgreementStatus;
import org.agreementtracker.api.agreement.Party;
import org.agreementtracker.api.agreement.Signatory;
import org.agreementtracker.api.classification.Classification;
import org.agreementtracker.api.classification.Redactable;
import org.agreementtracker.api.classification.Withheld;

import java.time.LocalDate;
import java.util.List;

/**
 * An agreement with its parties, status history, milestones (with each side's reports, indicator values and due-date
 * history) and reviews; {@code version} is its {@code ETag} (the sequence number of its last event).
 *
 * @param signature    {@code null} unless signed
 * @param announcement   {@code null} unless announced
 * @param classification its classification, for a reader who may read it
 * @param declassifyOn   the day it becomes public by itself, {@code null} when none is scheduled
 * @param withheld       {@code null} unless the reader may not read it; then nothing but {@code id} is given
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
                              long version,
                              Classification classification,
                              LocalDate declassifyOn,
                              Withheld withheld) implements Redactable {

    /** The agreement in place of one the reader may not read. */
    public static AgreementDetail withheld(String id, long version, Withheld withheld) {
        return new AgreementDetail(id, null, null, null, null, null, null, null, null, null, null, null, null, null,
                                   null, null, version, null, null, withheld);
    }

    /** This detail as a reader who may read it sees it: classified, its items as they may see them. */
    public AgreementDetail classified(Classification classification, LocalDate declassifyOn,
                                      List<MilestoneDetail> milestones, List<ReviewEntry> reviews) {
        return new AgreementDetail(id, ref, title, kind, sectors, summary, validFrom, validUntil, parentRef, parties,
                                   status, signature, announcement, statusHistory, milestones, reviews, version,
                                   classification, declassifyOn, null);
    }

    @Override
    public String withheldId() {
        return id;
    }

    public record Signature(LocalDate signedOn, String place, List<Signatory> signatories) {
    }

    public record Announcement(LocalDate announcedOn, String note) {
    }
}
