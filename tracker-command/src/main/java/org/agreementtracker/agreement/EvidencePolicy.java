package org.agreementtracker.agreement;

import org.agreementtracker.api.milestone.Evidence;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Evidence must be checkable later: a title, a link a browser can open (http or https) and a SHA-256 digest of 64
 * hex digits, stored in lower case so that equal digests compare equal.
 */
public final class EvidencePolicy {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    private EvidencePolicy() {
    }

    public static List<Evidence> checked(List<Evidence> evidence) {
        List<Evidence> checked = new ArrayList<>();
        for (int i = 0; i < evidence.size(); i++) {
            String field = "evidence[" + i + "]";
            Evidence item = Require.present(field, evidence.get(i));
            String title = Require.text(field + ".title", item.title());
            String url = Require.optionalText(item.url());
            if (url != null && !browsable(url)) {
                throw Require.invalid(field + ".url", "Evidence link " + url + " is not an http or https URL");
            }
            String sha256 = Require.optionalText(item.sha256());
            if (sha256 != null && !SHA256.matcher(sha256).matches()) {
                throw Require.invalid(field + ".sha256", "A SHA-256 digest is 64 hex digits, not " + sha256);
            }
            checked.add(new Evidence(title, url, sha256 == null ? null : sha256.toLowerCase(Locale.ROOT),
                                     Require.optionalText(item.category()), item.classification()));
        }
        return checked;
    }

    private static boolean browsable(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            return uri.getHost() != null && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
