package org.agreementtracker.api.actor;

/**
 * The metadata keys every command carries and every event inherits, so that the web layer that attaches them, the
 * aggregate that reads some of them, and the projections and audit log that show them agree on their names.
 * <p>
 * The web layer puts {@link #USER}, {@link #ROLE}, {@link #SIDE}, {@link #BODY} (from the authenticated user),
 * {@link #IDEMPOTENCY_KEY} (from the {@code Idempotency-Key} header, if sent), {@link #CORRELATION_ID} (from the
 * request, if it carries one) and {@link #OCCURRED_ON} (the business date, default today in UTC) on each command.
 * Axon copies them onto the events the command causes when the command bus has a correlation data interceptor with
 * Axon's {@code MessageOriginProvider} <em>followed by</em> {@code new SimpleCorrelationDataProvider(PROPAGATED)}:
 * the later provider wins, so a correlation id the web layer sets survives; without one, the command's own message
 * id is the correlation id. Values are strings (dates ISO-8601) so that they read back as they were written.
 * <p>
 * Where a command states its own business date ({@code signedOn}, {@code effectiveOn}, a report's
 * {@code occurredOn}, {@code reviewedOn}, ...), the aggregate writes that date as {@link #OCCURRED_ON} on the event
 * itself, overriding whatever the command's metadata said. The time the tracker learned a fact ({@code recordedAt})
 * is the event message's own timestamp.
 */
public final class MetadataKeys {

    public static final String USER = "user";
    public static final String ROLE = "role";
    /** Country code of the acting user's side, e.g. "PK". */
    public static final String SIDE = "side";
    /** Body id of the acting user, e.g. "PK-MOFA". */
    public static final String BODY = "body";
    /** Axon's own correlation key ({@code MessageOriginProvider}): one id for everything one request caused. */
    public static final String CORRELATION_ID = "correlationId";
    /** Axon's own trace key ({@code MessageOriginProvider}): the id of the message that started the chain. */
    public static final String TRACE_ID = "traceId";
    /** The business date (ISO-8601 date) the fact happened on, as opposed to when the tracker recorded it. */
    public static final String OCCURRED_ON = "occurredOn";
    /** The level of the acting or reading user's clearance ({@code Clearance}); not propagated to events. */
    public static final String CLEARANCE = "clearance";
    /** The compartments of that clearance, separated by commas. */
    public static final String COMPARTMENTS = "compartments";
    /**
     * The level of what an event says (its agreement's, or the milestone's, report's or review's it concerns, when
     * that raises it), stamped by the aggregate: the event store seals the payload with the keys of this level and of
     * the compartments in {@link #CONTENT_COMPARTMENTS}.
     */
    public static final String CONTENT_LEVEL = "contentLevel";
    /** The compartments of what an event says, separated by commas. */
    public static final String CONTENT_COMPARTMENTS = "contentCompartments";
    /** The client's {@code Idempotency-Key} header, when it sent one. */
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";

    /** The keys to hand to {@code SimpleCorrelationDataProvider} so that events inherit them from their command. */
    public static final String[] PROPAGATED = {USER, ROLE, SIDE, BODY, OCCURRED_ON, IDEMPOTENCY_KEY, CORRELATION_ID};

    private MetadataKeys() {
    }
}
