/** The committee's meetings, each an aggregate of its own: recorded once, by the committee or an administrator. */
package org.agreementtracker.meeting;
