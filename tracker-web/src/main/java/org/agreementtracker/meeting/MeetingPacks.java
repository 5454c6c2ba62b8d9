package org.agreementtracker.meeting;

import org.agreementtracker.api.board.AgreementPage;
import org.agreementtracker.api.board.ListAgreements;
import org.agreementtracker.api.meeting.ActionStatus;
import org.agreementtracker.api.meeting.ActionView;
import org.agreementtracker.api.meeting.Agenda;
import org.agreementtracker.api.meeting.FindAgenda;
import org.agreementtracker.api.meeting.ListActions;
import org.agreementtracker.api.meeting.MeetingView;
import org.agreementtracker.read.Reads;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * A meeting's pack as its reader may read it, for the API and the pages: the agenda, the board of the meeting's
 * moment (the live one while it is planned) and the open action items, as a PDF named by the meeting's day and the
 * moment its board is as of.
 */
@Component
public class MeetingPacks {

    private final Reads reads;

    MeetingPacks(Reads reads) {
        this.reads = reads;
    }

    public ResponseEntity<byte[]> pack(MeetingView meeting) {
        Agenda agenda = reads.one(new FindAgenda(meeting.id()), Agenda.class);
        AgreementPage board = reads.one(new ListAgreements(null, null, null, null, null, meeting.seenAt()),
                                        AgreementPage.class);
        List<ActionView> open = reads.list(new ListActions(null, ActionStatus.OPEN, null), ActionView.class);
        byte[] pdf = MeetingPack.of(meeting, agenda, board.rows(), open, agenda.asOf());
        String name = "meeting-pack-" + meeting.heldOn() + "-as-of-" + agenda.asOf().toString().replace(':', '-')
                + ".pdf";
        return ResponseEntity.ok()
                             .contentType(MediaType.APPLICATION_PDF)
                             .header(HttpHeaders.CONTENT_DISPOSITION,
                                     ContentDisposition.inline().filename(name).build().toString())
                             .body(pdf);
    }
}
