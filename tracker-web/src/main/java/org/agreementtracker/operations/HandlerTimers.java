package org.agreementtracker.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.agreementtracker.api.agreement.AgreementRuleViolation;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;

import java.util.concurrent.TimeUnit;

/**
 * Times every command or query by its type, e.g. {@code tracker.commands{command="SignAgreement",
 * outcome="success"}}. A refused or failed one is tagged with why: the refusal's code ({@code ILLEGAL_TRANSITION},
 * {@code NOT_YOUR_BODY}, ...) or the exception's type, so rejected requests can be counted by reason.
 */
final class HandlerTimers implements MessageMonitor<Message<?>> {

    static final String COMMANDS = "tracker.commands";
    static final String QUERIES = "tracker.queries";

    private final MeterRegistry meters;
    private final String name;
    private final String typeTag;

    private HandlerTimers(MeterRegistry meters, String name, String typeTag) {
        this.meters = meters;
        this.name = name;
        this.typeTag = typeTag;
    }

    static HandlerTimers commands(MeterRegistry meters) {
        return new HandlerTimers(meters, COMMANDS, "command");
    }

    static HandlerTimers queries(MeterRegistry meters) {
        return new HandlerTimers(meters, QUERIES, "query");
    }

    @Override
    public MonitorCallback onMessageIngested(Message<?> message) {
        long start = System.nanoTime();
        String type = message.getPayloadType().getSimpleName();
        return new MonitorCallback() {
            @Override
            public void reportSuccess() {
                record(type, "success", "none", start);
            }

            @Override
            public void reportFailure(Throwable cause) {
                record(type, "failure", reason(cause), start);
            }

            @Override
            public void reportIgnored() {
                record(type, "ignored", "none", start);
            }
        };
    }

    private void record(String type, String outcome, String reason, long start) {
        Timer.builder(name)
             .description("Time to handle a " + typeTag + ", by type and outcome")
             .tag(typeTag, type)
             .tag("outcome", outcome)
             .tag("reason", reason)
             .register(meters)
             .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    }

    private static String reason(Throwable cause) {
        for (Throwable current = cause; current != null; current = current.getCause()) {
            if (current instanceof AgreementRuleViolation refusal) {
                return refusal.code().name();
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return cause == null ? "unknown" : cause.getClass().getSimpleName();
    }
}
