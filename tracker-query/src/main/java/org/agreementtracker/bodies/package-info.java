/**
 * The bodies board (API: {@code GET /boards/bodies}): for each body of the register, its open, overdue and achieved
 * milestones and the last report given on its account.
 */
package org.agreementtracker.bodies;
