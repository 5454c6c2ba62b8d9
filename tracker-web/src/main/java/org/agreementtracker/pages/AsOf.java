package org.agreementtracker.pages;

import java.time.Instant;

/**
 * The moment a page shows. Every page query takes it from here, so that the date picker of the audit issue (a page
 * "as of" an instant, API.md's {@code asOf}) has one place to come in: read an {@code asOf} request parameter here
 * and pass it on. Until the as-of engine exists the pages show now, which the queries take as {@code null}.
 */
public final class AsOf {

    private AsOf() {
    }

    public static Instant now() {
        return null;
    }
}
