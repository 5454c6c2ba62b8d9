package org.agreementtracker.pages.portal;

import jakarta.servlet.http.HttpServletResponse;
import org.agreementtracker.portal.PublicFeed;
import org.agreementtracker.portal.PublicProperties;
import org.agreementtracker.portal.PublicRecord;
import org.agreementtracker.security.Authorized;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public portal's page: the public agreements in the look of the committee's board, without logging in. */
@Controller
public class PublicPage {

    private final PublicRecord record;
    private final PublicProperties properties;

    public PublicPage(PublicRecord record, PublicProperties properties) {
        this.record = record;
        this.properties = properties;
    }

    @GetMapping("/public")
    @PreAuthorize(Authorized.ANYONE)
    public String agreements(Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, properties.cacheControl().getHeaderValue());
        PublicFeed feed = record.feed();
        model.addAttribute("agreements", feed.agreements());
        model.addAttribute("notShown", feed.notShown());
        return "pages/public";
    }
}
