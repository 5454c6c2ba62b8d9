package org.agreementtracker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class TrackerApplication {

    public static void main(String[] args) {
        // Axon's update checker phones home and writes under the user's home; these machines have no internet
        System.setProperty("axoniq.update-checker.disabled", "true");
        // and it advertises its console at every start; the tracker does not use it
        System.setProperty("disable-axoniq-console-message", "true");
        SpringApplication.run(TrackerApplication.class, args);
    }
}
