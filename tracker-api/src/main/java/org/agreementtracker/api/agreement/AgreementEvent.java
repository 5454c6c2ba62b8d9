package org.agreementtracker.api.agreement;

/**
 * Every event of an agreement's stream (its lifecycle, milestones, reports, reviews) implements this, so that a
 * projection can handle "anything happened to agreement X" (e.g. its last activity) in one handler.
 */
public interface AgreementEvent {

    String agreementId();
}
