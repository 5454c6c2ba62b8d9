package org.agreementtracker.demo;

import org.agreementtracker.api.actor.Actor;
import org.agreementtracker.api.actor.MetadataKeys;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * The demo's past: commands gathered with the moment the tracker is to have learned each one, then sent in the order
 * of those moments, each recorded (its events' timestamps) at its moment rather than today. So the first start shows
 * a board that grew from 2024 on: as-of, meetings' boards and hindsight have something to show. Every event says in
 * its metadata ({@value #SIMULATED}) that its recording time is simulated; a real store keeps the moment it learned a
 * fact.
 * <p>
 * Axon stamps an event with {@link GenericEventMessage#clock} when the aggregate applies it, on the thread that sends
 * the command (the simple command bus). While the history is sent, that clock answers the step's moment on this
 * thread only; any other thread (a request served meanwhile) keeps real time.
 */
final class SimulatedHistory {

    /** Metadata that marks an event whose recording time is simulated demo data. */
    static final String SIMULATED = "simulatedRecordedAt";

    private static final Duration STEP = Duration.ofMinutes(1);

    private record Step(Instant at, int order, Actor actor, Supplier<Object> command, Consumer<Object> sent) {
    }

    private final List<Step> steps = new ArrayList<>();
    private final Map<String, Instant> lastOf = new HashMap<>();
    private final Instant latest;
    private final Instant earliest;

    /** Moments are kept between {@code earliest} and {@code latest} (a little before now). */
    SimulatedHistory(Instant earliest, Instant latest) {
        this.earliest = earliest;
        this.latest = latest;
    }

    /** The moment a business day's step is learned: that day at {@code hour} UTC. */
    static Instant on(LocalDate day, int hour) {
        return day.atTime(hour, 0).toInstant(ZoneOffset.UTC);
    }

    /**
     * Adds a step on {@code aggregateId} at {@code at}, or just after that aggregate's previous step if that is later
     * (an aggregate's events stay in the order they were added); {@code sent} gets what the command answered.
     */
    <R> void at(Instant at, String aggregateId, Actor actor, Supplier<Object> command, Consumer<R> sent) {
        Instant moment = at.isBefore(earliest) ? earliest : at.isAfter(latest) ? latest : at;
        Instant previous = lastOf.get(aggregateId);
        if (previous != null && !moment.isAfter(previous)) {
            moment = previous.plus(STEP);
        }
        lastOf.put(aggregateId, moment);
        @SuppressWarnings("unchecked") Consumer<Object> answered = answer -> sent.accept((R) answer);
        steps.add(new Step(moment, steps.size(), actor, command, answered));
    }

    void at(Instant at, String aggregateId, Actor actor, Object command) {
        at(at, aggregateId, actor, () -> command, answer -> { });
    }

    /**
     * Sends every step in the order of its moment, recorded at that moment, but the first {@code sent} (a load that
     * stopped half way sent them); {@code progress} hears how many are sent after each.
     */
    void record(CommandGateway commands, String correlationId, int sent, IntConsumer progress) {
        steps.sort(Comparator.comparing(Step::at).thenComparing(Step::order));
        Clock real = GenericEventMessage.clock;
        ThreadLocal<Instant> now = new ThreadLocal<>();
        Thread loader = Thread.currentThread();
        GenericEventMessage.clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return real.getZone();
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return real.withZone(zone);
            }

            @Override
            public Instant instant() {
                Instant simulated = Thread.currentThread() == loader ? now.get() : null;
                return simulated == null ? real.instant() : simulated;
            }
        };
        try {
            for (int i = sent; i < steps.size(); i++) {
                Step step = steps.get(i);
                now.set(step.at());
                Map<String, Object> metaData = new HashMap<>(step.actor().toMetadata());
                metaData.put(MetadataKeys.CORRELATION_ID, correlationId);
                metaData.put(MetadataKeys.OCCURRED_ON, LocalDate.ofInstant(step.at(), ZoneOffset.UTC).toString());
                metaData.put(SIMULATED, "true");
                step.sent().accept(commands.sendAndWait(step.command().get(), MetaData.from(metaData)));
                progress.accept(i + 1);
            }
        } finally {
            now.remove();
            GenericEventMessage.clock = real;
        }
    }

    int size() {
        return steps.size();
    }
}
