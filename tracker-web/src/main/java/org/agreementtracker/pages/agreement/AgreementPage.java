package org.agreementtracker.pages.agreement;

import io.swagger.v3.oas.annotations.Hidden;
import org.agreementtracker.agreement.AgreementHistory;
import org.agreementtracker.api.board.AgreementDetail;
import org.agreementtracker.api.board.FindAgreement;
import org.agreementtracker.api.body.Body;
import org.agreementtracker.api.body.BodyRegister;
import org.agreementtracker.pages.AsOf;
import org.agreementtracker.problem.ResourceNotFoundException;
import org.agreementtracker.read.Reads;
import org.agreementtracker.security.Authorized;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One agreement: its legal lifecycle as a timeline, its milestones with both sides' accounts side by side and the
 * reconciled state, each indicator as a chart, and the committee's reviews with their action items. Read as the
 * API's {@code GET /agreements/{id}} reads it ({@code FindAgreement}).
 */
@Controller
@Hidden // a page, not part of the API's OpenAPI document
public class AgreementPage {

    private final Reads reads;
    private final BodyRegister bodies;
    private final AgreementHistory history;

    public AgreementPage(Reads reads, BodyRegister bodies, AgreementHistory history) {
        this.reads = reads;
        this.bodies = bodies;
        this.history = history;
    }

    @GetMapping("/agreements/{id}")
    @PreAuthorize(Authorized.ANY_USER)
    public String agreement(@PathVariable String id, Model model, Locale locale) {
        AgreementDetail agreement = find(id);
        if (agreement.withheld() != null) {
            return withheld(agreement, model);
        }
        Map<String, IndicatorChart> charts = new HashMap<>();
        agreement.milestones().forEach(milestone -> {
            IndicatorChart chart = IndicatorChart.of(milestone, locale);
            if (chart != null) {
                charts.put(milestone.milestoneId(), chart);
            }
        });
        model.addAttribute("agreement", agreement);
        model.addAttribute("charts", charts);
        model.addAttribute("bodyNames", bodies.all().stream().collect(Collectors.toMap(Body::id, Body::name)));
        return "pages/agreement";
    }

    /**
     * Every event of the agreement, oldest first, as the API's history reads it; as of a moment, those recorded by
     * then.
     */
    @GetMapping("/agreements/{id}/history")
    @PreAuthorize(Authorized.ANY_USER)
    public String history(@PathVariable String id, Model model) {
        AgreementDetail agreement = find(id);
        if (agreement.withheld() != null) {
            return withheld(agreement, model);
        }
        Instant asOf = AsOf.now();
        model.addAttribute("agreement", agreement);
        model.addAttribute("events", history.of(id).stream()
                                            .filter(entry -> asOf == null || !entry.recordedAt().isAfter(asOf))
                                            .map(HistoryLine::of)
                                            .toList());
        model.addAttribute("bodyNames", bodies.all().stream().collect(Collectors.toMap(Body::id, Body::name)));
        return "pages/history";
    }

    /** An agreement the viewer may not read: that it is withheld, at which level and why; nothing of its content. */
    private static String withheld(AgreementDetail agreement, Model model) {
        model.addAttribute("item", agreement);
        return "pages/withheld";
    }

    /** The agreement at the page's moment; 404 when there is none (yet). */
    private AgreementDetail find(String id) {
        AgreementDetail agreement = reads.one(new FindAgreement(id, AsOf.now()), AgreementDetail.class);
        if (agreement == null) {
            throw new ResourceNotFoundException("Agreement", id);
        }
        return agreement;
    }
}
