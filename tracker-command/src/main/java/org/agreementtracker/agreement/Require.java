package org.agreementtracker.agreement;

import org.agreementtracker.api.agreement.AgreementRuleViolation;
import org.agreementtracker.api.agreement.RefusalCode;

/** The plain input checks every command makes: present, not blank. */
public final class Require {

    private Require() {
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new AgreementRuleViolation(RefusalCode.REQUIRED, field, field + " is required");
        }
        return value;
    }

    /** The text stripped of surrounding blanks; refused when there is nothing else. */
    public static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new AgreementRuleViolation(RefusalCode.REQUIRED, field, field + " is required");
        }
        return value.strip();
    }

    /** The text stripped, or {@code null} when absent or blank. */
    public static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static AgreementRuleViolation invalid(String field, String message) {
        return new AgreementRuleViolation(RefusalCode.INVALID_VALUE, field, message);
    }
}
