package org.agreementtracker.api.board;

import org.agreementtracker.api.actor.Actor;

import java.time.Instant;

/**
 * Marks a report or review shown with corrected values: why, when the (latest) correction was recorded, by whom, and
 * the sequence number of the correcting event in the agreement's history, where the original can be read too.
 */
public record CorrectionNote(String reason, Instant recordedAt, Actor correctedBy, long sequence) {
}
