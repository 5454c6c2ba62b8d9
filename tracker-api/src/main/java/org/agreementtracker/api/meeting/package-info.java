/**
 * The committee's meetings: recording one, and what the tracker can say about it afterwards (the board as seen at
 * it, and what was recorded since about dates before it).
 */
package org.agreementtracker.api.meeting;
