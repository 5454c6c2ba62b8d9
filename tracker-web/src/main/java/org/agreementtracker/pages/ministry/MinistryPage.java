package org.agreementtracker.pages.ministry;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.agreementtracker.api.board.AgreementDetail;
import org.agreementtracker.api.board.AgreementPage;
import org.agreementtracker.api.board.FindAgreement;
import org.agreementtracker.api.board.ListAgreements;
import org.agreementtracker.api.board.ListMilestones;
import org.agreementtracker.api.board.MilestoneDetail;
import org.agreementtracker.api.board.MilestonePage;
import org.agreementtracker.api.body.Body;
import org.agreementtracker.api.body.BodyRegister;
import org.agreementtracker.api.meeting.ActionReportStatus;
import org.agreementtracker.api.meeting.ActionStatus;
import org.agreementtracker.api.meeting.ActionView;
import org.agreementtracker.api.meeting.ListActions;
import org.agreementtracker.api.milestone.MilestoneStatus;
import org.agreementtracker.api.milestone.ReportMilestoneProgress;
import org.agreementtracker.api.milestone.ReportStatus;
import org.agreementtracker.meeting.MeetingWrites;
import org.agreementtracker.pages.AsOf;
import org.agreementtracker.pages.PageForms;
import org.agreementtracker.pages.Viewer;
import org.agreementtracker.problem.ResourceNotFoundException;
import org.agreementtracker.read.Reads;
import org.agreementtracker.security.Authorized;
import org.agreementtracker.security.TrackerUser;
import org.agreementtracker.write.Commands;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A ministry officer's page: the milestones their body owns or is party to, soonest due first, and the form to
 * report on one. The report goes to the aggregate as the API's does ({@code ReportMilestoneProgress} through
 * {@link Commands}), so the aggregate's rules decide; a refusal is shown on the form, in place where it names a field.
 */
@Controller
@Hidden // a page, not part of the API's OpenAPI document
public class MinistryPage {

    /** MINISTRY officers report for their own body here; the committee reports on behalf of a body through the API. */
    static final String MINISTRY_ONLY = "hasRole('" + Authorized.MINISTRY + "')";

    private final Reads reads;
    private final Commands commands;
    private final BodyRegister bodies;
    private final PageForms forms;
    private final MeetingWrites meetings;

    public MinistryPage(Reads reads, Commands commands, BodyRegister bodies, PageForms forms, MeetingWrites meetings) {
        this.reads = reads;
        this.commands = commands;
        this.bodies = bodies;
        this.forms = forms;
        this.meetings = meetings;
    }

    @GetMapping("/ministry")
    @PreAuthorize(MINISTRY_ONLY)
    public String milestones(TrackerUser officer, Model model) {
        model.addAttribute("milestones", milestonesOf(officer.body()));
        model.addAttribute("body", bodies.find(officer.body()).map(Body::name).orElse(officer.body()));
        model.addAttribute("today", commands.today());
        model.addAttribute("actions", reads.list(new ListActions(officer.body(), ActionStatus.OPEN, null),
                                                 ActionView.class));
        return "pages/ministry";
    }

    @GetMapping("/ministry/actions/{actionId}/report")
    @PreAuthorize(MINISTRY_ONLY)
    public String actionForm(@PathVariable String actionId, TrackerUser officer, Model model) {
        return actionFormPage(ownAction(actionId, officer), new ActionReportForm(), model);
    }

    @PostMapping("/ministry/actions/{actionId}/report")
    @PreAuthorize(MINISTRY_ONLY)
    public String reportAction(@PathVariable String actionId, @ModelAttribute("report") ActionReportForm form,
                               BindingResult errors, TrackerUser officer, Model model, RedirectAttributes redirect,
                               HttpServletRequest request, HttpServletResponse response, Locale locale) {
        ActionView action = ownAction(actionId, officer);
        if (!forms.valid(form.asRequest(), "actionReport", errors, ActionReportForm::fieldOf, locale, response)
                || !forms.sent(() -> meetings.report(meetings.writable(actionId), form.asRequest(), officer, request),
                               errors, ActionReportForm::fieldOf, response)) {
            return actionFormPage(action, form, model);
        }
        redirect.addFlashAttribute("actionRecorded", new ActionRecorded(action.title(), form.getStatus()));
        return "redirect:/ministry";
    }

    /** What the confirmation of a report on an action item says. */
    public record ActionRecorded(String title, ActionReportStatus status) {
    }

    /** An action item of the officer's own body; others are not theirs to report on. */
    private ActionView ownAction(String actionId, TrackerUser officer) {
        ActionView action = meetings.writable(actionId);
        if (!action.owner().equals(officer.body())) {
            throw new AccessDeniedException(officer.body() + " does not own action item " + actionId);
        }
        return action;
    }

    private static String actionFormPage(ActionView action, ActionReportForm form, Model model) {
        model.addAttribute("action", action);
        model.addAttribute("report", form);
        model.addAttribute("statuses", PageForms.options(ActionReportStatus.values()));
        return "pages/action-report";
    }

    @GetMapping("/ministry/agreements/{id}/milestones/{milestoneId}/report")
    @PreAuthorize(MINISTRY_ONLY)
    public String form(@PathVariable String id, @PathVariable String milestoneId, TrackerUser officer, Model model) {
        AgreementDetail agreement = agreement(id);
        MilestoneDetail milestone = milestone(agreement, milestoneId);
        if (!Viewer.of(officer).mayReport(milestone.owner(), agreement.parties())) {
            throw new AccessDeniedException(officer.body() + " may not report on " + milestoneId);
        }
        ReportForm form = new ReportForm();
        form.setOccurredOn(commands.today());
        return formPage(agreement, milestone, form, model);
    }

    @PostMapping("/ministry/agreements/{id}/milestones/{milestoneId}/report")
    @PreAuthorize(MINISTRY_ONLY)
    public String report(@PathVariable String id, @PathVariable String milestoneId,
                         @ModelAttribute("report") ReportForm form, BindingResult errors, TrackerUser officer,
                         Model model, RedirectAttributes redirect, HttpServletRequest request,
                         HttpServletResponse response, Locale locale) {
        AgreementDetail agreement = agreement(id);
        MilestoneDetail milestone = milestone(agreement, milestoneId);
        if (!forms.valid(form.asRequest(), "report", errors, ReportForm::fieldOf, locale, response)) {
            return formPage(agreement, milestone, form, model);
        }
        var occurredOn = commands.orToday(form.getOccurredOn());
        boolean recorded = forms.sent(() -> commands.write(
                new ReportMilestoneProgress(id, milestoneId, UUID.randomUUID().toString(),
                                            Commands.actor(officer, Authorized.ActingAs.MINISTRY), null, occurredOn,
                                            form.getStatus(), form.getProgressPercent(), form.getIndicatorValue(),
                                            form.getNote(), form.evidence()),
                officer, Authorized.ActingAs.MINISTRY, request), errors, ReportForm::fieldOf, response);
        if (!recorded) {
            return formPage(agreement, milestone, form, model);
        }
        redirect.addFlashAttribute("recorded", new Recorded(
                id, agreement.ref(), milestone.title(), occurredOn, form.getStatus(), form.getProgressPercent(),
                form.getIndicatorValue(), milestone.indicator() == null ? null : milestone.indicator().unit(),
                form.getNote(), Recorded.titles(form.evidence())));
        return "redirect:/ministry";
    }

    private String formPage(AgreementDetail agreement, MilestoneDetail milestone, ReportForm form, Model model) {
        model.addAttribute("agreement", agreement);
        model.addAttribute("milestone", milestone);
        model.addAttribute("report", form);
        model.addAttribute("statuses", PageForms.options(ReportStatus.values()));
        return "pages/report";
    }

    /** Owned milestones from the milestone board; those of agreements the body is party to from each agreement. */
    private List<MinistryMilestone> milestonesOf(String body) {
        Map<String, MinistryMilestone> mine = new LinkedHashMap<>();
        reads.one(new ListMilestones(null, body, null, null, AsOf.present()), MilestonePage.class).rows().stream()
             .filter(row -> row.status() != MilestoneStatus.CANCELLED)
             .forEach(row -> mine.put(row.milestoneId(), new MinistryMilestone(
                     row.agreementId(), row.agreementRef(), row.milestoneId(), row.title(), row.owner(), row.dueOn(),
                     row.status(), row.overdue(), row.progressPercent())));
        var party = new ListAgreements(null, null, body, null, null, AsOf.present());
        for (var row : reads.one(party, AgreementPage.class).rows()) {
            if (row.milestones().total() == 0) {
                continue;
            }
            AgreementDetail agreement = reads.one(new FindAgreement(row.id(), AsOf.present()), AgreementDetail.class);
            if (agreement == null || agreement.withheld() != null) {
                continue;
            }
            agreement.milestones().stream()
                     .filter(m -> m.withheld() == null && m.status() != MilestoneStatus.CANCELLED)
                     .forEach(m -> mine.putIfAbsent(m.milestoneId(), new MinistryMilestone(
                             agreement.id(), agreement.ref(), m.milestoneId(), m.title(), m.owner(), m.dueOn(),
                             m.status(), m.overdue(), m.reconciliation().progressPercent())));
        }
        List<MinistryMilestone> soonestFirst = new ArrayList<>(mine.values());
        soonestFirst.sort(Comparator.comparing(MinistryMilestone::dueOn).thenComparing(MinistryMilestone::title));
        return soonestFirst;
    }

    private AgreementDetail agreement(String id) {
        AgreementDetail agreement = reads.one(new FindAgreement(id, AsOf.present()), AgreementDetail.class);
        if (agreement == null) {
            throw new ResourceNotFoundException("Agreement", id);
        }
        return agreement;
    }

    /** The milestone to report on; refused when the officer may not read it, for they cannot report on it either. */
    private static MilestoneDetail milestone(AgreementDetail agreement, String milestoneId) {
        if (agreement.withheld() != null) {
            throw new AccessDeniedException("Agreement " + agreement.id() + " is withheld from this user");
        }
        MilestoneDetail milestone = agreement.milestones().stream().filter(m -> m.milestoneId().equals(milestoneId))
                                             .findFirst()
                                             .orElseThrow(() -> new ResourceNotFoundException("Milestone",
                                                                                              milestoneId));
        if (milestone.withheld() != null) {
            throw new AccessDeniedException("Milestone " + milestoneId + " is withheld from this user");
        }
        return milestone;
    }
}
