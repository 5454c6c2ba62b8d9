package org.agreementtracker.write;

import jakarta.servlet.http.HttpServletRequest;
import org.agreementtracker.api.actor.Actor;
import org.agreementtracker.api.meeting.MeetingVersion;
import org.agreementtracker.api.meeting.RecordMeeting;
import org.agreementtracker.api.actor.MetadataKeys;
import org.agreementtracker.api.actor.Role;
import org.agreementtracker.api.agreement.AgreementVersion;
import org.agreementtracker.correlation.CorrelationIdFilter;
import org.agreementtracker.idempotency.IdempotencyFilter;
import org.agreementtracker.projection.ReadYourWrites;
import org.agreementtracker.security.TrackerUser;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Sends a command on behalf of the caller of an HTTP request: who acts (user, role, side, body), the request's
 * correlation id, its {@code Idempotency-Key} and the day it was sent travel as metadata onto the events (a date the
 * command states, in its own field, takes the place of that day: see {@code BusinessDates.on}). A write
 * answers once the read models show it (see {@link ReadYourWrites}).
 */
@Component
public class Commands {

    private final CommandGateway gateway;
    private final Clock clock;
    private final ReadYourWrites readYourWrites;

    public Commands(CommandGateway gateway, Clock clock, ReadYourWrites readYourWrites) {
        this.gateway = gateway;
        this.clock = clock;
        this.readYourWrites = readYourWrites;
    }

    /** Today in UTC: the business date of a fact whose date the caller did not state. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The stated date, or today. */
    public LocalDate orToday(LocalDate stated) {
        return stated == null ? today() : stated;
    }

    /**
     * Sends a command to an agreement and waits until the projections show its outcome.
     *
     * @param actingAs the roles the endpoint allows, in the order in which a user holding several acts in them
     */
    public AgreementVersion write(Object command, TrackerUser caller, List<Role> actingAs,
                                  HttpServletRequest request) {
        AgreementVersion written = gateway.sendAndWait(command, metaData(caller, actingAs, request));
        IdempotencyFilter.markRecorded(request);
        readYourWrites.awaitProjections(written.agreementId(), written.version());
        return written;
    }

    /** Records a new meeting and waits until the projections show it. */
    public void recordMeeting(RecordMeeting command, TrackerUser caller, List<Role> actingAs,
                              HttpServletRequest request) {
        gateway.sendAndWait(command, metaData(caller, actingAs, request));
        IdempotencyFilter.markRecorded(request);
        readYourWrites.awaitProjections(command.meetingId(), 0);
    }

    /** Sends a command to a recorded meeting and waits until the projections show its outcome. */
    public MeetingVersion toMeeting(Object command, TrackerUser caller, List<Role> actingAs,
                                    HttpServletRequest request) {
        MeetingVersion written = gateway.sendAndWait(command, metaData(caller, actingAs, request));
        IdempotencyFilter.markRecorded(request);
        readYourWrites.awaitProjections(written.meetingId(), written.version());
        return written;
    }

    /** The version a write is conditional on ({@code If-Match}), or {@code null} when it is not conditional. */
    public static Long expectedVersion(String ifMatch) {
        OptionalLong expected = ETags.expectedVersion(ifMatch);
        return expected.isPresent() ? expected.getAsLong() : null;
    }

    /** The caller acting in the first of {@code actingAs} that they hold (method security let them in with one). */
    public static Actor actor(TrackerUser caller, List<Role> actingAs) {
        Role role = actingAs.stream()
                            .filter(caller::has)
                            .findFirst()
                            .orElseThrow(() -> new IllegalStateException(
                                    caller.username() + " holds none of the roles " + actingAs));
        return new Actor(caller.username(), role, caller.side(), caller.body());
    }

    /**
     * The metadata of a command: who sends it and their clearance (the aggregate refuses writes to what the writer
     * may not read); its business date is the day it is sent; a command that states another date (a signature, a
     * report) carries it in its own field, and its aggregate dates the events by that field.
     */
    private MetaData metaData(TrackerUser caller, List<Role> actingAs, HttpServletRequest request) {
        Map<String, Object> metaData = new HashMap<>(caller.clearance().toMetadata());
        metaData.putAll(actor(caller, actingAs).toMetadata());
        metaData.put(MetadataKeys.OCCURRED_ON, today().toString());
        CorrelationIdFilter.of(request).ifPresent(id -> metaData.put(MetadataKeys.CORRELATION_ID, id));
        IdempotencyFilter.keyOf(request).ifPresent(key -> metaData.put(MetadataKeys.IDEMPOTENCY_KEY, key));
        return MetaData.from(metaData);
    }
}
