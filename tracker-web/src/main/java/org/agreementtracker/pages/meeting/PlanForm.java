package org.agreementtracker.pages.meeting;

import org.agreementtracker.api.meeting.MeetingStatus;
import org.agreementtracker.meeting.MeetingRequest;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.List;

/** The form that plans a meeting: the API's {@link MeetingRequest} with status PLANNED, the invited one per line. */
public class PlanForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;
    private String title;
    private String invited;

    MeetingRequest asRequest() {
        return new MeetingRequest(heldOn, title == null ? null : title.strip(), Lines.of(invited),
                                  MeetingStatus.PLANNED);
    }

    /** The form's field for a property path of the request or of the command. */
    static String fieldOf(String path) {
        if (path == null) {
            return null;
        }
        if (path.startsWith("attendees")) {
            return "invited";
        }
        return switch (path) {
            case "heldOn", "title" -> path;
            default -> null;
        };
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getInvited() {
        return invited;
    }

    public void setInvited(String invited) {
        this.invited = invited;
    }

    /** Names typed one per line, blank lines left out. */
    static final class Lines {

        private Lines() {
        }

        static List<String> of(String text) {
            return text == null ? List.of()
                    : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        }
    }
}
