package org.agreementtracker.api.milestone;

/**
 * What backs a report: a document's title, where to find it (http or https, optional), the SHA-256 of its content
 * (64 hex digits, optional) so it can be verified later, and a free category (e.g. "minutes", "gazette").
 */
public record Evidence(String title, String url, String sha256, String category) {
}
