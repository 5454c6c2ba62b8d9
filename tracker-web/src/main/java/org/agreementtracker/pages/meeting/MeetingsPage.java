package org.agreementtracker.pages.meeting;

import io.swagger.v3.oas.annotations.Hidden;
import org.agreementtracker.api.meeting.FindHindsight;
import org.agreementtracker.api.meeting.HindsightEntry;
import org.agreementtracker.api.meeting.ListMeetings;
import org.agreementtracker.api.meeting.MeetingView;
import org.agreementtracker.pages.AsOf;
import org.agreementtracker.read.Reads;
import org.agreementtracker.security.Authorized;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The committee's meetings, the latest first, each with a link to the board as that meeting saw it (the pages as of
 * its {@code seenAt}) and its hindsight: what was recorded afterwards about dates on or before it. Read as the API's
 * {@code GET /meetings} and {@code /meetings/{id}/hindsight} read them; as of a moment, the meetings recorded by then.
 */
@Controller
@Hidden // a page, not part of the API's OpenAPI document
public class MeetingsPage {

    private final Reads reads;

    public MeetingsPage(Reads reads) {
        this.reads = reads;
    }

    @GetMapping("/meetings")
    @PreAuthorize(Authorized.ANY_USER)
    public String meetings(Model model) {
        Instant asOf = AsOf.now();
        Map<MeetingView, List<HindsightEntry>> meetings = new LinkedHashMap<>();
        reads.list(new ListMeetings(), MeetingView.class).stream()
             .filter(meeting -> asOf == null || !meeting.recordedAt().isAfter(asOf))
             .forEach(meeting -> meetings.put(meeting, reads.list(new FindHindsight(meeting.id()),
                                                                  HindsightEntry.class).stream()
                                                             .filter(entry -> asOf == null
                                                                     || !entry.recordedAt().isAfter(asOf))
                                                             .toList()));
        model.addAttribute("meetings", meetings);
        return "pages/meetings";
    }
}
