package org.agreementtracker.api.agreement;

/**
 * Why the command side refused a command, machine-readable. Each code has a {@link Kind} that tells the web layer
 * which HTTP status to answer with; the exception's message is the sentence to show a human.
 */
public enum RefusalCode {

    /** A required field is missing or blank. */
    REQUIRED(Kind.INVALID),
    /** A field's value is malformed or out of range (weight, percentage, SHA-256, URL, a period that ends first). */
    INVALID_VALUE(Kind.INVALID),
    /** A body id that the register of bodies does not know. */
    UNKNOWN_BODY(Kind.INVALID),
    /** {@code parentRef} names no registered agreement. */
    UNKNOWN_PARENT(Kind.INVALID),
    /** A business date after today (with a day's grace for time zones ahead of UTC). */
    DATE_IN_FUTURE(Kind.INVALID),

    /** The acting user's role may not do this at all. */
    ROLE_NOT_ALLOWED(Kind.FORBIDDEN),
    /** A ministry officer acting for a body other than their own, or for a body that has no say in this milestone. */
    NOT_YOUR_BODY(Kind.FORBIDDEN),
    /** The acting user's clearance does not reach the classification of what they would write to. */
    NOT_CLEARED(Kind.FORBIDDEN),

    UNKNOWN_MILESTONE(Kind.NOT_FOUND),
    UNKNOWN_ACTION_ITEM(Kind.NOT_FOUND),

    /** Another agreement already has this {@code ref}. */
    DUPLICATE_REF(Kind.CONFLICT),
    /** The caller-chosen id (agreement, milestone, report, review) is already used. */
    DUPLICATE_ID(Kind.CONFLICT),
    /** The legal lifecycle does not allow this from the current status; the message says what it does allow. */
    ILLEGAL_TRANSITION(Kind.CONFLICT),
    /** Signing a commitment (INITIATIVE, JOINT_VENTURE), or announcing an instrument. */
    WRONG_KIND(Kind.CONFLICT),
    /** Reporting on or reviewing an agreement that is still a DRAFT. */
    AGREEMENT_NOT_CONCLUDED(Kind.CONFLICT),
    /** Changing milestones of a COMPLETED, TERMINATED or EXPIRED agreement, or reporting after it closed. */
    AGREEMENT_CLOSED(Kind.CONFLICT),
    /** A business date before the fact it must follow (a signature, the previous transition, a review). */
    DATE_OUT_OF_ORDER(Kind.CONFLICT),
    /** A body (milestone or action owner) or a signatory's side that is not of a party's country. */
    NOT_A_PARTY(Kind.CONFLICT),
    /** A committee member reporting on behalf of a body that neither owns the milestone nor is a party. */
    NOT_A_REPORTING_BODY(Kind.CONFLICT),
    MILESTONE_CANCELLED(Kind.CONFLICT),
    /** Every side has reported the milestone achieved; it can no longer be rescheduled or cancelled. */
    MILESTONE_CONFIRMED(Kind.CONFLICT),
    /** An indicator value for a milestone that has no indicator. */
    NO_INDICATOR(Kind.CONFLICT),
    /** Rescheduling to the date it is already due on; a correction that would change nothing. */
    UNCHANGED(Kind.CONFLICT),
    ACTION_ITEM_COMPLETED(Kind.CONFLICT),
    /** Reporting on or dropping a meeting's action item that is done or dropped already. */
    ACTION_ITEM_CLOSED(Kind.CONFLICT),
    /** Recording a decision of a meeting that is only planned. */
    MEETING_NOT_HELD(Kind.CONFLICT),
    /** Holding again, or setting the agenda of, a meeting that was held. */
    MEETING_HELD(Kind.CONFLICT),
    /** Expiring an agreement that has no end of validity, or before that end. */
    VALIDITY_NOT_ENDED(Kind.CONFLICT),
    /** A declassification the clock sent before its day, or for an agreement with none scheduled. */
    NO_DECLASSIFICATION_DUE(Kind.CONFLICT),
    /** A correction of an event that is not a report or a review of this agreement. */
    NOT_CORRECTABLE(Kind.CONFLICT);

    /** How a refusal maps onto the HTTP API: 400, 403, 404 or 409. */
    public enum Kind {
        INVALID(400), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409);

        private final int httpStatus;

        Kind(int httpStatus) {
            this.httpStatus = httpStatus;
        }

        public int httpStatus() {
            return httpStatus;
        }
    }

    private final Kind kind;

    RefusalCode(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
