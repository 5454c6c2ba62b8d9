/**
 * One agreement in full (API: {@code GET /agreements/{id}}): parties, status history, milestones with every report
 * from each side and their due-date history, reviews with their action items, and the version that is its ETag.
 */
package org.agreementtracker.detail;
