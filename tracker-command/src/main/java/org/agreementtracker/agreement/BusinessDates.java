package org.agreementtracker.agreement;

import org.agreementtracker.api.actor.MetadataKeys;
import org.agreementtracker.api.agreement.AgreementRuleViolation;
import org.agreementtracker.api.agreement.RefusalCode;
import org.axonframework.messaging.MetaData;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Business dates state facts, so none lies in the future. "Today" is the UTC date, as the API's default; a day of
 * grace lets a ministry east of Greenwich (Islamabad is UTC+5) report on its own today before UTC's has begun.
 */
public final class BusinessDates {

    private BusinessDates() {
    }

    /**
     * The business date as an event's {@code occurredOn}: the date its command states, which overrides the day the
     * command was sent (what the sender's metadata says). A command states its business date once, in its own field.
     */
    public static MetaData on(LocalDate date) {
        return MetaData.with(MetadataKeys.OCCURRED_ON, date.toString());
    }

    public static LocalDate stated(String field, LocalDate date, Clock clock) {
        Require.present(field, date);
        LocalDate latest = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1);
        if (date.isAfter(latest)) {
            throw new AgreementRuleViolation(RefusalCode.DATE_IN_FUTURE, field,
                                             field + " " + date + " is in the future; a business date states "
                                                     + "what has happened, so it may be " + latest + " at the latest");
        }
        return date;
    }

    /** Refuses {@code date} if it lies before {@code earliest}, the date of {@code what} (when there is one). */
    public static void notBefore(String field, LocalDate date, LocalDate earliest, String what) {
        if (earliest != null && date.isBefore(earliest)) {
            throw new AgreementRuleViolation(RefusalCode.DATE_OUT_OF_ORDER, field,
                                             field + " " + date + " is before " + what + " on " + earliest);
        }
    }
}
