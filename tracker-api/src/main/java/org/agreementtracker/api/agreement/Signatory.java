package org.agreementtracker.api.agreement;

/** Who signed for a side: a name, their office (optional), and the side's country code. */
public record Signatory(String name, String role, String side) {
}
