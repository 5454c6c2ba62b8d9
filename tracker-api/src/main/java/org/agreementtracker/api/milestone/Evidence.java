package org.agreementtracker.api.milestone;

import org.agreementtracker.api.classification.Classification;

/**
 * What backs a report: a document's title, where to find it (http or https, optional), the SHA-256 of its content
 * (64 hex digits, optional) so it can be verified later, and a free category (e.g. "minutes", "gazette").
 *
 * @param classification {@code null}: its report's; else raises it for this item
 */
public record Evidence(String title, String url, String sha256, String category, Classification classification) {

    public Evidence(String title, String url, String sha256, String category) {
        this(title, url, sha256, category, null);
    }
}
