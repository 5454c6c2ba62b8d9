package org.agreementtracker.correction;

/**
 * What a correction answers: the agreement ({@code id}) and its version after the correction (also its
 * {@code ETag}), the position of the correcting event in the log, and the position of the event it corrects.
 */
public record CorrectionAnswer(String id, long version, Long position, long corrects) {
}
