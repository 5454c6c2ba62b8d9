package org.agreementtracker.pages.ministry;

import org.agreementtracker.api.milestone.MilestoneStatus;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A milestone on the officer's list: whose it is, when due, where it stands. */
public record MinistryMilestone(String agreementId, String agreementRef, String milestoneId, String title,
                                String owner, LocalDate dueOn, MilestoneStatus status, boolean overdue,
                                BigDecimal progressPercent) {
}
