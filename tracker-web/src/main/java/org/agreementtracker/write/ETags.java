package org.agreementtracker.write;

import org.agreementtracker.problem.InvalidInputException;
import org.agreementtracker.problem.PreconditionFailedException;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An agreement's {@code ETag} is its version, as a strong entity tag: {@code "7"}. A write carrying {@code If-Match}
 * is conditional on that version: the controller passes {@link #expectedVersion} to the command (Axon's
 * {@code @TargetAggregateVersion}); a mismatch is then Axon's {@code ConflictingAggregateVersionException}, answered
 * 412.
 */
public final class ETags {

    public static final String IF_MATCH = "If-Match";

    private static final Pattern ONE_STRONG_TAG = Pattern.compile("\\s*\"(\\d{1,18})\"\\s*");
    private static final Pattern ONE_WEAK_TAG = Pattern.compile("\\s*W/\"[^\"]*\"\\s*");

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * @param ifMatch the {@code If-Match} header, possibly absent
     * @return the version the write is conditional on; empty when there is no condition (absent, or {@code *})
     * @throws InvalidInputException       when the header is not one entity tag
     * @throws PreconditionFailedException for a weak tag, which never matches for a write (RFC 9110, 13.1.1)
     */
    public static OptionalLong expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return OptionalLong.empty();
        }
        Matcher strong = ONE_STRONG_TAG.matcher(ifMatch);
        if (strong.matches()) {
            return OptionalLong.of(Long.parseLong(strong.group(1)));
        }
        if (ONE_WEAK_TAG.matcher(ifMatch).matches()) {
            throw new PreconditionFailedException("If-Match " + ifMatch.trim() + " is a weak tag; a write needs the "
                                                          + "strong ETag of the current version, such as \"7\"");
        }
        throw new InvalidInputException(IF_MATCH, "must be one ETag as sent by the tracker, such as \"7\"");
    }
}
