package org.agreementtracker.pages.meeting;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.agreementtracker.api.board.AgreementPage;
import org.agreementtracker.api.board.ListAgreements;
import org.agreementtracker.api.body.BodyRegister;
import org.agreementtracker.api.meeting.ActionView;
import org.agreementtracker.api.meeting.Agenda;
import org.agreementtracker.api.meeting.ListActions;
import org.agreementtracker.api.meeting.FindAgenda;
import org.agreementtracker.api.meeting.FindHindsight;
import org.agreementtracker.api.meeting.FindMeeting;
import org.agreementtracker.api.meeting.HindsightEntry;
import org.agreementtracker.api.meeting.ListMeetings;
import org.agreementtracker.api.meeting.MeetingView;
import org.agreementtracker.meeting.MeetingPacks;
import org.agreementtracker.meeting.MeetingWrites;
import org.agreementtracker.pages.AsOf;
import org.agreementtracker.pages.PageForms;
import org.agreementtracker.problem.ResourceNotFoundException;
import org.agreementtracker.read.Reads;
import org.agreementtracker.security.Authorized;
import org.agreementtracker.security.TrackerUser;
import org.agreementtracker.write.Commands;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The committee's meetings: the list, the latest first, each with the board as it saw it and its hindsight, and the
 * form that plans the next one; and each meeting's own page: its agenda and pack while planned, the form that
 * records it held, then its decisions with their action items and the form that records another. The forms write
 * as the API does ({@link MeetingWrites}), checked as the API checks ({@link PageForms}).
 */
@Controller
@Hidden // a page, not part of the API's OpenAPI document
public class MeetingsPage {

    private final Reads reads;
    private final MeetingWrites writes;
    private final MeetingPacks packs;
    private final PageForms forms;
    private final BodyRegister bodies;
    private final Commands commands;

    public MeetingsPage(Reads reads, MeetingWrites writes, MeetingPacks packs, PageForms forms, BodyRegister bodies,
                        Commands commands) {
        this.reads = reads;
        this.writes = writes;
        this.packs = packs;
        this.forms = forms;
        this.bodies = bodies;
        this.commands = commands;
    }

    @GetMapping("/meetings")
    @PreAuthorize(Authorized.ANY_USER)
    public String meetings(Model model) {
        PlanForm plan = new PlanForm();
        plan.setHeldOn(commands.today().plusDays(14));
        return listPage(plan, model);
    }

    @PostMapping("/meetings")
    @PreAuthorize(Authorized.ADMIN_OR_COMMITTEE)
    public String plan(@ModelAttribute("plan") PlanForm plan, BindingResult errors, TrackerUser caller, Model model,
                       HttpServletRequest request, HttpServletResponse response, Locale locale) {
        String[] planned = new String[1];
        if (!forms.valid(plan.asRequest(), "plan", errors, PlanForm::fieldOf, locale, response)
                || !forms.sent(() -> planned[0] = writes.record(plan.asRequest(), caller, request), errors,
                               PlanForm::fieldOf, response)) {
            return listPage(plan, model);
        }
        return "redirect:/meetings/" + planned[0];
    }

    @GetMapping("/meetings/{id}")
    @PreAuthorize(Authorized.ANY_USER)
    public String meeting(@PathVariable String id, Model model) {
        MeetingView meeting = find(id);
        HeldForm held = new HeldForm();
        held.setHeldOn(meeting.heldOn().isAfter(commands.today()) ? commands.today() : meeting.heldOn());
        held.setAttendees(String.join("\n", meeting.attendees()));
        return meetingPage(meeting, held, new DecisionForm(), model);
    }

    @PostMapping("/meetings/{id}/held")
    @PreAuthorize(Authorized.ADMIN_OR_COMMITTEE)
    public String held(@PathVariable String id, @ModelAttribute("held") HeldForm held, BindingResult errors,
                       TrackerUser caller, Model model, RedirectAttributes redirect, HttpServletRequest request,
                       HttpServletResponse response, Locale locale) {
        MeetingView meeting = find(id);
        if (!forms.valid(held.asRequest(), "held", errors, HeldForm::fieldOf, locale, response)
                || !forms.sent(() -> writes.held(id, held.asRequest(), caller, request), errors, HeldForm::fieldOf,
                               response)) {
            return meetingPage(meeting, held, new DecisionForm(), model);
        }
        redirect.addFlashAttribute("confirmation", "held");
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/meetings/{id}/decisions")
    @PreAuthorize(Authorized.ADMIN_OR_COMMITTEE)
    public String decide(@PathVariable String id, @ModelAttribute("decision") DecisionForm decision,
                         BindingResult errors, TrackerUser caller, Model model, RedirectAttributes redirect,
                         HttpServletRequest request, HttpServletResponse response, Locale locale) {
        MeetingView meeting = find(id);
        if (!forms.valid(decision.asRequest(), "decision", errors, DecisionForm::fieldOf, locale, response)
                || !forms.sent(() -> writes.decide(id, decision.asRequest(), caller, request), errors,
                               DecisionForm::fieldOf, response)) {
            return meetingPage(meeting, new HeldForm(), decision, model);
        }
        redirect.addFlashAttribute("confirmation", "decision");
        return "redirect:/meetings/" + id + "#decisions";
    }

    @GetMapping("/meetings/{id}/pack.pdf")
    @PreAuthorize(Authorized.ANY_USER)
    public ResponseEntity<byte[]> pack(@PathVariable String id) {
        return packs.pack(find(id));
    }

    private String listPage(PlanForm plan, Model model) {
        Instant asOf = AsOf.now();
        Map<MeetingView, Map<String, List<HindsightEntry>>> meetings = new LinkedHashMap<>();
        reads.list(new ListMeetings(), MeetingView.class).stream()
             .filter(meeting -> asOf == null || !meeting.recordedAt().isAfter(asOf))
             .forEach(meeting -> meetings.put(meeting, byAgreement(
                     reads.list(new FindHindsight(meeting.id()), HindsightEntry.class).stream()
                          .filter(entry -> asOf == null || !entry.recordedAt().isAfter(asOf))
                          .toList())));
        model.addAttribute("meetings", meetings);
        model.addAttribute("plan", plan);
        return "pages/meetings";
    }

    /** Hindsight grouped by the agreement it is about, in the order each agreement first comes up. */
    private static Map<String, List<HindsightEntry>> byAgreement(List<HindsightEntry> entries) {
        Map<String, List<HindsightEntry>> grouped = new LinkedHashMap<>();
        entries.forEach(entry -> grouped.computeIfAbsent(entry.agreementId(), id -> new ArrayList<>()).add(entry));
        return grouped;
    }

    private String meetingPage(MeetingView meeting, HeldForm held, DecisionForm decision, Model model) {
        Map<String, ActionView> actions = new LinkedHashMap<>();
        reads.list(ListActions.all(), ActionView.class).stream()
             .filter(action -> meeting.id().equals(action.meetingId()))
             .forEach(action -> actions.put(action.id(), action));
        Agenda agenda = reads.one(new FindAgenda(meeting.id()), Agenda.class);
        Map<String, String> agreements = new LinkedHashMap<>();
        reads.one(ListAgreements.all(), AgreementPage.class).rows().stream()
             .filter(row -> row.withheld() == null)
             .forEach(row -> agreements.put(row.id(), row.ref() + " · " + row.title()));
        Map<String, String> owners = new LinkedHashMap<>();
        bodies.all().forEach(body -> owners.put(body.id(), body.id() + " · " + body.name()));
        model.addAttribute("meeting", meeting);
        model.addAttribute("agenda", agenda);
        model.addAttribute("actions", actions);
        model.addAttribute("agreements", agreements);
        model.addAttribute("bodies", owners);
        model.addAttribute("held", held);
        model.addAttribute("decision", decision);
        return "pages/meeting";
    }

    private MeetingView find(String id) {
        MeetingView meeting = reads.one(new FindMeeting(id), MeetingView.class);
        if (meeting == null) {
            throw new ResourceNotFoundException("Meeting", id);
        }
        return meeting;
    }
}
