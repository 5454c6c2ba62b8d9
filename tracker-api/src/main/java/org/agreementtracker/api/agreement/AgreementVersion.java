package org.agreementtracker.api.agreement;

/**
 * What every command on an agreement returns: the agreement's id and its version after the command, which is the
 * sequence number of its last event (0 after registration). It is the {@code ETag} of the agreement resource and
 * what a command's {@code expectedVersion} ({@code If-Match}) is compared with.
 */
public record AgreementVersion(String agreementId, long version) {
}
