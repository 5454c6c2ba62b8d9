/**
 * The committee's meetings (API: {@code GET /meetings}, {@code /meetings/{id}}), the moment whose board each saw, and
 * the hindsight after one: what was recorded later about dates on or before it.
 */
package org.agreementtracker.meeting;
