package org.agreementtracker.webtest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.agreementtracker.api.actor.Role;
import org.agreementtracker.idempotency.IdempotencyFilter;
import org.agreementtracker.problem.ProblemTranslator;
import org.agreementtracker.problem.Problems;
import org.agreementtracker.problem.ResourceNotFoundException;
import org.agreementtracker.security.Authorized;
import org.agreementtracker.security.TrackerUser;
import org.agreementtracker.write.Commands;
import org.agreementtracker.write.ETags;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test-only controller written the way the tracker's controllers are to be written, with one endpoint for each
 * situation the web foundation must answer.
 */
@TestComponent
@RestController
@RequestMapping("/api/v1/probe")
public class ProbeController {

    public enum Score { NO_EVIDENCE, NOT_STARTED, MINIMAL, INTERMEDIATE, FULL }

    public record Signatory(@NotBlank String name, @NotBlank String side) {
    }

    public record NewRecord(@NotBlank String title, @NotNull LocalDate dueOn, @NotNull Score score,
                            List<@Valid Signatory> signatories, Integer weight) {
    }

    /** Stands for the domain's rule violation, which tracker-web does not know. */
    public static class ProbeRuleViolation extends RuntimeException {
        public ProbeRuleViolation(String message) {
            super(message);
        }
    }

    /** How many records were created: a repeated request must not add one. */
    public static final AtomicInteger CREATED = new AtomicInteger();
    /** How many times the always-refused endpoint ran. */
    public static final AtomicInteger REFUSED = new AtomicInteger();
    /** Set by a test to hold requests for title "hold" until it counts down; entered counts down on arrival. */
    public static volatile CountDownLatch release = new CountDownLatch(0);
    public static volatile CountDownLatch entered = new CountDownLatch(0);

    @Bean
    static ProblemTranslator probeRuleViolations() {
        return ProblemTranslator.forType(ProbeRuleViolation.class, e -> Problems.ruleViolation(e.getMessage()));
    }

    @PostMapping("/records")
    @PreAuthorize(Authorized.ADMIN_OR_COMMITTEE)
    public ResponseEntity<Map<String, Object>> create(@Valid @RequestBody NewRecord record, TrackerUser user,
                                                      HttpServletRequest request) throws InterruptedException {
        if (record.title().equals("hold")) {
            entered.countDown();
            release.await(10, TimeUnit.SECONDS);
        }
        int id = CREATED.incrementAndGet();
        return ResponseEntity.created(URI.create("/api/v1/probe/records/" + id))
                             .eTag(ETags.of(1))
                             .body(Map.of("id", id, "version", 1, "by", user.username(),
                                          "idempotencyKey", IdempotencyFilter.keyOf(request).orElse("")));
    }

    @PostMapping("/async-records")
    @PreAuthorize(Authorized.ADMIN_OR_COMMITTEE)
    public CompletableFuture<ResponseEntity<Map<String, Object>>> createLater(@Valid @RequestBody NewRecord record) {
        return CompletableFuture.supplyAsync(() -> {
            int id = CREATED.incrementAndGet();
            return ResponseEntity.created(URI.create("/api/v1/probe/records/" + id))
                                 .body(Map.of("id", id, "version", 1));
        });
    }

    @PostMapping("/refused")
    @PreAuthorize(Authorized.ADMIN_OR_COMMITTEE)
    public void refused(@RequestBody Map<String, Object> anything) {
        REFUSED.incrementAndGet();
        throw new ProbeRuleViolation("The agreement is signed already");
    }

    @PostMapping("/conflict")
    public void conflict() {
        throw new ConcurrencyException("Sequence number 3 of a-1 was already taken");
    }

    @PostMapping("/duplicate")
    public void duplicate() {
        throw new AggregateStreamCreationException("a-1 exists already");
    }

    @PostMapping("/versioned/{id}")
    public Map<String, Object> versioned(@PathVariable String id,
                                         @RequestHeader(value = ETags.IF_MATCH, required = false) String ifMatch) {
        long current = 3;
        ETags.expectedVersion(ifMatch).ifPresent(expected -> {
            if (expected != current) {
                throw new ConflictingAggregateVersionException(id, expected, current);
            }
        });
        return Map.of("id", id, "version", current + 1);
    }

    @GetMapping("/missing/{id}")
    public void missing(@PathVariable String id) {
        throw new ResourceNotFoundException("Agreement", id);
    }

    @GetMapping("/boom")
    public void boom() {
        throw new IllegalStateException("secret internal detail at db-host-7");
    }

    @GetMapping("/items")
    public List<String> items(@RequestParam Score score, @RequestParam @Min(1) int count,
                              @RequestParam(required = false) LocalDate dueBefore) {
        return List.of(score.name(), String.valueOf(count));
    }

    @PostMapping("/lists")
    public int lists(@RequestBody @NotEmpty List<@NotBlank String> names) {
        return names.size();
    }

    @GetMapping("/admin-only")
    @PreAuthorize(Authorized.ADMIN_ONLY)
    public String adminOnly() {
        return "ok";
    }

    @GetMapping("/me")
    public TrackerUser me(TrackerUser user) {
        return user;
    }

    @GetMapping("/me/metadata")
    public Map<String, String> metadata(TrackerUser user) {
        // the roles in their declared order: the first one held is the one the actor acts in
        return Commands.actor(user, List.of(Role.values())).toMetadata();
    }
}
