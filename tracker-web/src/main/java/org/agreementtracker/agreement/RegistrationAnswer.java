package org.agreementtracker.agreement;

/** {@code POST /agreements} answers the new agreement's id, its ref and its version (0). */
public record RegistrationAnswer(String id, String ref, long version) {
}
