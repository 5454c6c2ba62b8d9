package org.agreementtracker.classification;

import org.agreementtracker.api.agreement.AgreementRuleViolation;
import org.agreementtracker.api.agreement.AgreementVersion;
import org.agreementtracker.api.agreement.DeclassifyAgreement;
import org.agreementtracker.api.agreement.RefusalCode;
import org.agreementtracker.projection.ReadYourWrites;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Declassifies agreements on the day scheduled for them: every {@code tracker.classification.check-every} (and once
 * at start) it sends {@link DeclassifyAgreement} for each agreement whose day has come. The agreement refuses a
 * declassification that is not due, so clocks on several nodes may race and only one takes effect; the others' refusal
 * is expected and ignored.
 */
public class DeclassificationClock implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeclassificationClock.class);

    private final Classifications classifications;
    private final CommandGateway commands;
    private final ReadYourWrites readYourWrites;
    private final Clock clock;
    private final Duration every;
    private ScheduledExecutorService executor;

    public DeclassificationClock(Classifications classifications, CommandGateway commands,
                                 ReadYourWrites readYourWrites, Clock clock, Duration every) {
        this.classifications = classifications;
        this.commands = commands;
        this.readYourWrites = readYourWrites;
        this.clock = clock;
        this.every = every;
    }

    /** Declassifies every agreement due by today; how many it declassified. */
    public int declassifyDue() {
        LocalDate today = LocalDate.now(clock);
        int declassified = 0;
        for (String agreementId : classifications.dueForDeclassification(today)) {
            try {
                AgreementVersion version = commands.sendAndWait(new DeclassifyAgreement(agreementId, today));
                // as every write: done once the read models show it
                readYourWrites.awaitProjections(version.agreementId(), version.version());
                declassified++;
                log.info("Agreement {} is declassified, as scheduled", agreementId);
            } catch (AgreementRuleViolation refused) {
                if (refused.code() != RefusalCode.NO_DECLASSIFICATION_DUE) {
                    log.warn("Agreement {} could not be declassified: {}", agreementId, refused.code());
                }
            }
        }
        return declassified;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "declassification-clock");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::declassifySafely, every.toMillis(), every.toMillis(),
                                        TimeUnit.MILLISECONDS);
    }

    private void declassifySafely() {
        try {
            declassifyDue();
        } catch (RuntimeException failed) {
            // the store may be away for a moment; the next tick tries again
            log.warn("Looking for declassifications that are due failed; trying again in {}", every, failed);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
