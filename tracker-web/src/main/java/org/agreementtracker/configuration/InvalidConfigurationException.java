package org.agreementtracker.configuration;

/**
 * The operator's configuration cannot work (a MINISTRY user without a body, a body id given twice). Thrown while the
 * tracker starts; {@link InvalidConfigurationFailureAnalyzer} shows it as Spring Boot's "APPLICATION FAILED TO START"
 * report instead of a stack trace.
 */
public class InvalidConfigurationException extends IllegalStateException {

    private final String action;

    /**
     * @param description what is wrong, naming the property
     * @param action      what to change
     */
    public InvalidConfigurationException(String description, String action) {
        super(description);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
