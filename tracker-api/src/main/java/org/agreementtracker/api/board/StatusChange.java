package org.agreementtracker.api.board;

import org.agreementtracker.api.agreement.AgreementStatus;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One step of an agreement's legal lifecycle, the registration (DRAFT) included.
 *
 * @param effectiveOn the business date (signedOn, announcedOn, effectiveOn), {@code null} for the registration
 * @param reason      {@code null} where the step needs none
 * @param recordedAt  when the tracker learned it
 */
public record StatusChange(AgreementStatus status, LocalDate effectiveOn, String reason, Instant recordedAt) {
}
