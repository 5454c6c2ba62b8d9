package org.agreementtracker.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.agreementtracker.api.agreement.AgreementVersion;
import org.agreementtracker.api.review.RecordReview;
import org.agreementtracker.classification.ClassificationRequest;
import org.agreementtracker.security.Authorized;
import org.agreementtracker.security.TrackerUser;
import org.agreementtracker.write.Commands;
import org.agreementtracker.write.ETags;
import org.agreementtracker.write.WriteAnswer;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

/** The coordination committee's reviews of an agreement. */
@RestController
@RequestMapping("/api/v1/agreements/{id}/reviews")
@Tag(name = "Reviews", description = "The committee's periodic judgement of an agreement")
public class ReviewsController {

    private final Commands commands;

    public ReviewsController(Commands commands) {
        this.commands = commands;
    }

    @PostMapping
    @PreAuthorize(Authorized.COMMITTEE_ONLY)
    @Operation(summary = "Record a review: a score, a confidence, findings, and decisions as action items")
    public ResponseEntity<WriteAnswer> review(@PathVariable String id, @Valid @RequestBody ReviewRequest review,
                                              @RequestHeader(value = ETags.IF_MATCH, required = false) String ifMatch,
                                              TrackerUser caller, HttpServletRequest request) {
        String reviewId = UUID.randomUUID().toString();
        var reviewedOn = commands.orToday(review.reviewedOn());
        AgreementVersion recorded = commands.write(
                new RecordReview(id, reviewId, reviewedOn, review.score(), review.confidence(), review.findings(),
                                 review.decisions(), ClassificationRequest.toClassification(review.classification()),
                                 Commands.expectedVersion(ifMatch)),
                caller, Authorized.ActingAs.COMMITTEE, request);
        return ResponseEntity.created(URI.create("/api/v1/agreements/" + id + "/reviews/" + reviewId))
                             .eTag(ETags.of(recorded.version()))
                             .body(new WriteAnswer(reviewId, recorded.agreementId(), recorded.version()));
    }
}
