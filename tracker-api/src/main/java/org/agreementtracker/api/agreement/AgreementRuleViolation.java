package org.agreementtracker.api.agreement;

import java.util.Objects;

/**
 * The one exception by which the command side refuses a command: a {@link RefusalCode} for machines, the field it
 * concerns when there is one (named as in the command and docs/http-api.md), and a message for humans that says what is
 * allowed instead. Nothing has been recorded when it is thrown.
 */
public class AgreementRuleViolation extends RuntimeException {

    private final RefusalCode code;
    private final String field;

    public AgreementRuleViolation(RefusalCode code, String message) {
        this(code, null, message);
    }

    public AgreementRuleViolation(RefusalCode code, String field, String message) {
        super(message, null, false, false);
        this.code = Objects.requireNonNull(code, "code");
        this.field = field;
    }

    public RefusalCode code() {
        return code;
    }

    /** The command field at fault, or {@code null} when the refusal is about state rather than one field. */
    public String field() {
        return field;
    }
}
