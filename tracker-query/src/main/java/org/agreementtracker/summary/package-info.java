/**
 * The summary board (API: {@code GET /boards/summary}): agreements counted by status, sector and confidence,
 * milestones counted over all agreements, and every indicator with its target, latest value and percent.
 */
package org.agreementtracker.summary;
