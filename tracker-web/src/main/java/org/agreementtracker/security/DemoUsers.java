package org.agreementtracker.security;

import org.agreementtracker.api.actor.Role;
import org.agreementtracker.api.body.Body;
import org.agreementtracker.api.body.BodyRegister;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Users for a newcomer trying the tracker on its embedded store with no users configured: one per role, and one
 * ministry officer per country of the register (of its first body), each with a random password that lives only in
 * this process's memory and the startup log. No password is ever compiled in; a restart makes new ones.
 * <p>
 * Their clearances show redaction at work: the administrator and the committee are cleared SECRET with the DEFENCE
 * compartment and read everything; the auditor and the ministry officers are cleared OFFICIAL, so the classified
 * parts of the demo agreements are withheld from them; where the register has a ministry of defence
 * ({@code <country>-MOD}), a defence officer of that country is cleared SECRET, DEFENCE, limited to their side.
 */
final class DemoUsers {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int PASSWORD_LENGTH = 20;
    private static final String SECRET = "SECRET";
    private static final String OFFICIAL = "OFFICIAL";
    private static final List<String> DEFENCE = List.of("DEFENCE");

    private DemoUsers() {
    }

    /** A demo user and its password in plain text, to be shown once. */
    record DemoUser(SecurityUsersProperties.ConfiguredUser entry, String plainPassword) {
    }

    static List<DemoUser> generate(BodyRegister register, SecureRandom random) {
        List<DemoUser> users = new ArrayList<>();
        users.add(user("admin", Role.ADMIN, null, null, SECRET, DEFENCE, random));
        users.add(user("committee", Role.COMMITTEE, null, null, SECRET, DEFENCE, random));
        users.add(user("auditor", Role.AUDITOR, null, null, OFFICIAL, List.of(), random));
        Map<String, Body> firstBodyOfCountry = new LinkedHashMap<>();
        register.all().forEach(body -> firstBodyOfCountry.putIfAbsent(body.country(), body));
        firstBodyOfCountry.forEach((country, body) -> users.add(
                user("ministry-" + country.toLowerCase(Locale.ROOT), Role.MINISTRY, country, body.id(), OFFICIAL,
                     List.of(), random)));
        firstBodyOfCountry.keySet().forEach(country -> register.find(country + "-MOD").ifPresent(defence -> users.add(
                user("defence-" + country.toLowerCase(Locale.ROOT), Role.MINISTRY, country, defence.id(), SECRET,
                     DEFENCE, random))));
        return users;
    }

    /** The lines the log shows once at startup. */
    static String describe(List<DemoUser> users) {
        StringBuilder text = new StringBuilder(
                "No tracker.security.users are configured, so these demo users exist until the tracker stops "
                        + "(passwords are random; configure tracker.security.users to replace them):");
        for (DemoUser user : users) {
            var entry = user.entry();
            text.append(String.format("%n    %-14s %-22s %s", entry.username(), user.plainPassword(),
                                      entry.roles().get(0)
                                              + (entry.body() == null ? "" : " " + entry.side() + " " + entry.body())
                                              + ", cleared " + entry.clearance()
                                              + (entry.compartments().isEmpty() ? ""
                                                      : " " + String.join(" ", entry.compartments()))));
        }
        text.append(String.format("%n    e.g. curl -u %s:%s http://localhost:8080/api/v1/bodies",
                                  users.get(0).entry().username(), users.get(0).plainPassword()));
        return text.toString();
    }

    private static DemoUser user(String username, Role role, String side, String body, String clearance,
                                 List<String> compartments, SecureRandom random) {
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        // held in memory only; {noop} spares a bcrypt round on every request of a demo
        var entry = new SecurityUsersProperties.ConfiguredUser(username, "{noop}" + password, List.of(role), side,
                                                               body, clearance, compartments);
        return new DemoUser(entry, password.toString());
    }
}
