package org.agreementtracker.correction;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import org.agreementtracker.api.agreement.AgreementRuleViolation;
import org.agreementtracker.api.agreement.AgreementVersion;
import org.agreementtracker.api.agreement.RefusalCode;
import org.agreementtracker.api.history.Correctable;
import org.agreementtracker.api.history.FindEventPosition;
import org.agreementtracker.api.history.FindRecordedEvent;
import org.agreementtracker.api.history.RecordedEvent;
import org.agreementtracker.api.milestone.CorrectMilestoneReport;
import org.agreementtracker.api.review.CorrectReview;
import org.agreementtracker.problem.FieldProblem;
import org.agreementtracker.problem.InputProblems;
import org.agreementtracker.problem.InvalidInputException;
import org.agreementtracker.problem.ResourceNotFoundException;
import org.agreementtracker.read.Reads;
import org.agreementtracker.security.Authorized;
import org.agreementtracker.security.TrackerUser;
import org.agreementtracker.write.Commands;
import org.agreementtracker.write.ETags;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.util.Comparator;
import java.util.Set;

/**
 * Corrections: the event at a position of the log is looked up on the query side, its replacement read as the
 * fields of its kind ({@link Correctable}), and its agreement asked to record a correction of it. The agreement
 * decides: it checks that the event is one of its reports or reviews and the corrected values by the rules the
 * original obeyed; the history keeps both events.
 */
@RestController
@Tag(name = "Corrections", description = "Correcting a recorded report or review by a new event that names it")
public class CorrectionsController {

    private static final String REPLACEMENT = "replacement";

    private final Commands commands;
    private final Reads reads;
    private final JsonMapper json;
    private final Validator validator;

    public CorrectionsController(Commands commands, Reads reads, JsonMapper json, Validator validator) {
        this.commands = commands;
        this.reads = reads;
        this.json = json;
        this.validator = validator;
    }

    @PostMapping("/api/v1/events/{position}/correction")
    @PreAuthorize(Authorized.ADMIN_OR_COMMITTEE)
    @Operation(summary = "Correct a recorded report or review",
               description = "Appends an event that names the event at this position and why, with the corrected "
                       + "fields; boards use the corrected values from then on and the agreement's history shows both "
                       + "events. Correctable: MilestoneProgressReported (occurredOn, status, progressPercent, "
                       + "indicatorValue, note, evidence) and ReviewRecorded (score, confidence, findings). 404 when "
                       + "no event is at that position, 409 when it is of another type (the problem's "
                       + "'correctable' lists the types) or the correction changes nothing.")
    public ResponseEntity<CorrectionAnswer> correct(
            @Parameter(description = "The event's position in the whole log, as the history gives it")
            @PathVariable long position,
            @Valid @RequestBody CorrectionRequest correction, TrackerUser caller, HttpServletRequest request) {
        RecordedEvent event = reads.one(new FindRecordedEvent(position), RecordedEvent.class);
        if (event == null || event.aggregateId() == null) {
            throw new ResourceNotFoundException("Event at position", position);
        }
        Object command = switch (Correctable.of(event.type()).orElseThrow(() -> notCorrectable(event))) {
            case REPORT -> reportCorrection(event, correction, read(correction.replacement(), ReportFields.class));
            case REVIEW -> reviewCorrection(event, correction, read(correction.replacement(), ReviewFields.class));
        };
        AgreementVersion corrected = commands.write(command, caller, Authorized.ActingAs.ADMIN_OR_COMMITTEE,
                                                    request);
        return ResponseEntity.created(URI.create("/api/v1/agreements/" + corrected.agreementId() + "/history"))
                             .eTag(ETags.of(corrected.version()))
                             .body(new CorrectionAnswer(corrected.agreementId(), corrected.version(),
                                                        positionOf(corrected), position));
    }

    private static CorrectMilestoneReport reportCorrection(RecordedEvent event, CorrectionRequest correction,
                                                           ReportFields fields) {
        return new CorrectMilestoneReport(event.aggregateId(), event.sequence(), event.position(),
                                          correction.reason(), fields.toReplacement());
    }

    private static CorrectReview reviewCorrection(RecordedEvent event, CorrectionRequest correction,
                                                  ReviewFields fields) {
        return new CorrectReview(event.aggregateId(), event.sequence(), event.position(), correction.reason(),
                                 fields.score(), fields.confidence(), fields.findings());
    }

    /** The replacement as the fields of the corrected type: no other field, each of its type, each valid. */
    private <T> T read(JsonNode replacement, Class<T> type) {
        if (!replacement.isObject()) {
            throw new InvalidInputException(REPLACEMENT, "must be an object");
        }
        T fields;
        try {
            fields = json.readerFor(type).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                         .readValue(replacement);
        } catch (JacksonException e) {
            FieldProblem problem = InputProblems.of(e);
            throw new InvalidInputException(problem.field() == null ? REPLACEMENT : REPLACEMENT + "." + problem.field(),
                                            problem.message());
        }
        Set<ConstraintViolation<T>> violations = validator.validate(fields);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(
                    violations.stream()
                              .map(v -> new FieldProblem(REPLACEMENT + "." + v.getPropertyPath(), v.getMessage()))
                              .sorted(Comparator.comparing(FieldProblem::field))
                              .toList());
        }
        return fields;
    }

    /** Answered like the agreement's own refusal of a correction: 409 {@code NOT_CORRECTABLE}, listing what is. */
    private static AgreementRuleViolation notCorrectable(RecordedEvent event) {
        return new AgreementRuleViolation(RefusalCode.NOT_CORRECTABLE,
                                          "The event at position " + event.position() + " is a " + event.simpleType()
                                                  + ", which cannot be corrected; only "
                                                  + String.join(" and ", Correctable.eventTypes()) + " can");
    }

    /** Where the correcting event landed in the log: the agreement's event at its new version. */
    private Long positionOf(AgreementVersion corrected) {
        RecordedEvent recorded = reads.one(new FindEventPosition(corrected.agreementId(), corrected.version()),
                                           RecordedEvent.class);
        return recorded == null ? null : recorded.position();
    }
}
