package org.agreementtracker.api.meeting;

/** One action item; answered with an {@link ActionView}, or {@code null} when there is none. */
public record FindAction(String actionId) {
}
