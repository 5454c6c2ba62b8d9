package org.agreementtracker.api.milestone;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One side's latest account of a milestone, as a board shows it.
 *
 * @param status          the side's latest status, {@code null} when it has not reported
 * @param reportedOn      the business date of that status
 * @param indicatorValue  the side's latest indicator value, {@code null} when it has reported none
 * @param valueOn         the business date of that value
 */
public record SideAccount(String side,
                          ReportStatus status,
                          LocalDate reportedOn,
                          Integer progressPercent,
                          BigDecimal indicatorValue,
                          LocalDate valueOn) {
}
