package org.agreementtracker.classification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.agreementtracker.api.agreement.AgreementVersion;
import org.agreementtracker.api.agreement.ClassifyAgreement;
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

/** Classifying an agreement anew: raising it, lowering it, scheduling the day it becomes public. */
@RestController
@RequestMapping("/api/v1/agreements/{id}/classification")
@Tag(name = "Classification", description = "Who may read an agreement, and from when the public may")
public class ClassificationController {

    private final Commands commands;

    public ClassificationController(Commands commands) {
        this.commands = commands;
    }

    @PostMapping
    @PreAuthorize(Authorized.ADMIN_OR_COMMITTEE)
    @Operation(summary = "Classify an agreement anew, for a reason",
               description = "Raises or lowers its classification; with declassifyOn, the tracker makes it public on "
                       + "that day. The writer must be cleared for both the old and the new classification.")
    public ResponseEntity<WriteAnswer> classify(@PathVariable String id,
                                                @Valid @RequestBody ReclassificationRequest classification,
                                                @RequestHeader(value = ETags.IF_MATCH, required = false) String ifMatch,
                                                TrackerUser caller, HttpServletRequest request) {
        AgreementVersion classified = commands.write(
                new ClassifyAgreement(id, ClassificationRequest.toClassification(classification.classification()),
                                      classification.reason(), classification.declassifyOn(),
                                      Commands.expectedVersion(ifMatch)),
                caller, Authorized.ActingAs.ADMIN_OR_COMMITTEE, request);
        return WriteAnswer.changed(classified);
    }
}
