package org.agreementtracker.api.body;

/** A ministry or agency of one country, e.g. {@code ("PK-MOFA", "PK", "Ministry of Foreign Affairs")}. */
public record Body(String id, String country, String name) {
}
