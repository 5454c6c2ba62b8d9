package org.agreementtracker.meeting;

import org.agreementtracker.api.board.AgreementRow;
import org.agreementtracker.api.board.SummaryBoard;
import org.agreementtracker.api.meeting.MeetingView;

import java.time.Instant;
import java.util.List;

/**
 * The board as a meeting saw it ({@code GET /meetings/{id}/board}): the agreement board and the summary as of
 * {@code asOf}, the meeting's {@code seenAt}.
 */
public record MeetingBoard(MeetingView meeting, Instant asOf, List<AgreementRow> agreements, SummaryBoard summary) {
}
