/**
 * Corrections over HTTP: {@code POST /api/v1/events/{position}/correction} names a recorded report or review by its
 * position in the log and appends an event that corrects it. Nothing recorded is edited.
 */
package org.agreementtracker.correction;
