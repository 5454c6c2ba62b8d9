package org.agreementtracker.pages.agreement;

import org.agreementtracker.api.board.AgreementDetail;
import org.agreementtracker.api.board.FindAgreement;
import org.agreementtracker.api.body.Body;
import org.agreementtracker.api.body.BodyRegister;
import org.agreementtracker.pages.AsOf;
import org.agreementtracker.problem.ResourceNotFoundException;
import org.agreementtracker.readmodel.Reads;
import org.agreementtracker.security.Authorized;
import org.springframework.security.access.prepost.PreAuthorize;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

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

    public AgreementPage(Reads reads, BodyRegister bodies) {
        this.reads = reads;
        this.bodies = bodies;
    }

    @GetMapping("/agreements/{id}")
    @PreAuthorize(Authorized.ANY_USER)
    public String agreement(@PathVariable String id, Model model, Locale locale) {
        AgreementDetail agreement = reads.one(new FindAgreement(id, AsOf.now()), AgreementDetail.class);
        if (agreement == null) {
            throw new ResourceNotFoundException("Agreement", id);
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
}
