/**
 * Milestones across agreements (API: {@code GET /milestones}): one row per milestone with its agreement's ref, its
 * reconciled status and whether it is overdue today; and the number of overdue milestones, for a gauge.
 */
package org.agreementtracker.milestones;
