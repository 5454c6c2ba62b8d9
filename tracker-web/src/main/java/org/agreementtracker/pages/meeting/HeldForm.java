package org.agreementtracker.pages.meeting;

import org.agreementtracker.meeting.HeldRequest;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** The form that records a planned meeting as held: the API's {@link HeldRequest}, the attendees one per line. */
public class HeldForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;
    private String attendees;

    HeldRequest asRequest() {
        return new HeldRequest(heldOn, PlanForm.Lines.of(attendees));
    }

    static String fieldOf(String path) {
        if (path == null) {
            return null;
        }
        return path.startsWith("attendees") ? "attendees" : "heldOn".equals(path) ? path : null;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getAttendees() {
        return attendees;
    }

    public void setAttendees(String attendees) {
        this.attendees = attendees;
    }
}
