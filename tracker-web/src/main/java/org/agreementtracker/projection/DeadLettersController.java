package org.agreementtracker.projection;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.agreementtracker.problem.ResourceNotFoundException;
import org.agreementtracker.security.Authorized;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The administrator's hold on the events the projections parked ({@link ParkedEvents}). */
@RestController
@RequestMapping("/api/v1/admin/dead-letters")
@Tag(name = "Administration", description = "The projections' state and their rebuild")
public class DeadLettersController {

    private final ParkedEvents parked;

    public DeadLettersController(ParkedEvents parked) {
        this.parked = parked;
    }

    @GetMapping
    @PreAuthorize(Authorized.ADMIN_ONLY)
    @Operation(summary = "The events each projection has parked, by agreement, oldest first, with why")
    public List<ParkedEvents.ParkedSequence> all() {
        return parked.all();
    }

    @PostMapping("/{processor}/{sequence}/retry")
    @PreAuthorize(Authorized.ADMIN_ONLY)
    @Operation(summary = "Hands an agreement's parked events to the projection again",
               description = "Oldest first, until one fails again, which stays parked with those after it. "
                       + "'retried' says whether all went through. 404 when nothing of that agreement is parked, "
                       + "409 when another node processes the projection just now.")
    public ParkedEvents.Outcome retry(@PathVariable String processor, @PathVariable String sequence) {
        requireParked(processor, sequence);
        try {
            return parked.retry(processor, sequence);
        } catch (ParkedEvents.HeldElsewhereException e) {
            throw ProjectionsAdminController.conflict(e.getMessage());
        }
    }

    @DeleteMapping("/{processor}/{sequence}")
    @PreAuthorize(Authorized.ADMIN_ONLY)
    @Operation(summary = "Drops an agreement's parked events for good: the projection never takes them",
               description = "404 when nothing of that agreement is parked.")
    public ParkedEvents.Outcome evict(@PathVariable String processor, @PathVariable String sequence) {
        requireParked(processor, sequence);
        return parked.evict(processor, sequence);
    }

    private void requireParked(String processor, String sequence) {
        if (!parked.parks(processor)) {
            throw new ResourceNotFoundException("Projection that parks events", processor);
        }
        if (parked.stillParked(processor, sequence) == 0) {
            throw new ResourceNotFoundException("Parked events of " + processor + " for", sequence);
        }
    }
}
