package org.agreementtracker.portal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.agreementtracker.security.Authorized;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;


/** The public feed: what the public portal shows, as JSON, without logging in. */
@RestController
@RequestMapping("/api/v1/public")
@Tag(name = "Public", description = "What is public of the agreements, without logging in")
public class PublicController {

    private final PublicRecord record;
    private final PublicProperties properties;

    public PublicController(PublicRecord record, PublicProperties properties) {
        this.record = record;
        this.properties = properties;
    }

    @GetMapping("/agreements")
    @PreAuthorize(Authorized.ANYONE)
    @Operation(summary = "The public agreements, their status and progress, and their public milestones",
               description = "Only PUBLIC items, whoever asks, and how many other agreements and milestones are not "
                       + "shown. Cacheable; "
                       + "rate limited per address (429 with Retry-After past tracker.public.requests-per-minute).")
    public ResponseEntity<PublicFeed> agreements() {
        return ResponseEntity.ok().cacheControl(properties.cacheControl()).body(record.feed());
    }
}
