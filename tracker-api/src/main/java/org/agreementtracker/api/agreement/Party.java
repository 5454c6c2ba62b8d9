package org.agreementtracker.api.agreement;

/** A party to an agreement: a body and the country it belongs to, as the register said at registration. */
public record Party(String body, String country) {
}
