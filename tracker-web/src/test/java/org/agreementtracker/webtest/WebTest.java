package org.agreementtracker.webtest;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on a random port, on the in-memory test store, with users of every kind (and clearances
 * from the default OFFICIAL to SECRET with the DEFENCE compartment) and a test-only
 * controller that provokes each error. One annotation, so that all web tests share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "tracker.demo-data=false",
        "tracker.snapshot-threshold=" + WebTest.SNAPSHOT_THRESHOLD,
        "tracker.security.users[0].username=admin",
        "tracker.security.users[0].password={noop}admin-password",
        "tracker.security.users[0].roles=ADMIN",
        "tracker.security.users[1].username=committee",
        "tracker.security.users[1].password={bcrypt}$2a$10$NmHegVAzotUcncuSqV32VO.u0XXOphj3MnScIe41hhW5Xf4P8/gCu",
        "tracker.security.users[1].roles=COMMITTEE",
        "tracker.security.users[2].username=auditor",
        "tracker.security.users[2].password={noop}auditor-password",
        "tracker.security.users[2].roles=AUDITOR",
        "tracker.security.users[3].username=officer-pk",
        "tracker.security.users[3].password={noop}officer-password",
        "tracker.security.users[3].roles=MINISTRY",
        "tracker.security.users[3].side=PK",
        "tracker.security.users[3].body=PK-MOFA",
        "tracker.security.users[4].username=officer-xx",
        "tracker.security.users[4].password={noop}officer-password",
        "tracker.security.users[4].roles=MINISTRY",
        "tracker.security.users[4].side=XX",
        "tracker.security.users[4].body=XX-TRADE",
        "tracker.security.users[5].username=chair",
        "tracker.security.users[5].password={noop}chair-password",
        "tracker.security.users[5].roles=COMMITTEE",
        "tracker.security.users[6].username=officer-pk-mod",
        "tracker.security.users[6].password={noop}officer-password",
        "tracker.security.users[6].roles=MINISTRY",
        "tracker.security.users[6].side=PK",
        "tracker.security.users[6].body=PK-MOD",
        "tracker.security.users[7].username=officer-by-mod",
        "tracker.security.users[7].password={noop}officer-password",
        "tracker.security.users[7].roles=MINISTRY",
        "tracker.security.users[7].side=BY",
        "tracker.security.users[7].body=BY-MOD",
        "tracker.security.users[8].username=cleared-committee",
        "tracker.security.users[8].password={noop}officer-password",
        "tracker.security.users[8].roles=COMMITTEE",
        "tracker.security.users[8].clearance=SECRET",
        "tracker.security.users[8].compartments=DEFENCE",
        "tracker.security.users[9].username=defence-pk",
        "tracker.security.users[9].password={noop}officer-password",
        "tracker.security.users[9].roles=MINISTRY",
        "tracker.security.users[9].side=PK",
        "tracker.security.users[9].body=PK-MOD",
        "tracker.security.users[9].clearance=SECRET",
        "tracker.security.users[9].compartments=DEFENCE",
        "tracker.security.users[10].username=defence-by",
        "tracker.security.users[10].password={noop}officer-password",
        "tracker.security.users[10].roles=MINISTRY",
        "tracker.security.users[10].side=BY",
        "tracker.security.users[10].body=BY-MOD",
        "tracker.security.users[10].clearance=SECRET",
        "tracker.security.users[10].compartments=DEFENCE",
        "tracker.bodies[0].id=XX-TRADE",
        "tracker.bodies[0].country=XX",
        "tracker.bodies[0].name=Ministry of Trade of a third country",
})
@Import({ProbeController.class, TestProjection.class, Api.class})
@ContextConfiguration(initializers = TestStore.class)
public @interface WebTest {

    /** The bcrypt-hashed password of user {@code committee}. */
    String COMMITTEE_PASSWORD = "bcrypt-test-password";

    /** Events of an agreement between snapshots, low enough for a test to pass it. */
    int SNAPSHOT_THRESHOLD = 20;
}
