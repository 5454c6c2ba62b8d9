/**
 * Who acted: the user, their role, and for a ministry officer their side (country) and body; and the metadata keys
 * that carry this, with the correlation id, business date and idempotency key, from command to event.
 */
package org.agreementtracker.api.actor;
