/**
 * The agreement board (API: {@code GET /agreements}): one row per agreement with its status, milestone counts,
 * progress, latest review and last activity; filtered, paged, in order of {@code ref}.
 */
package org.agreementtracker.board;
