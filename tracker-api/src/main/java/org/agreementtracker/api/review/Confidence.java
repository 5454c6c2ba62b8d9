package org.agreementtracker.api.review;

/** The committee's forward-looking judgement, separate from the score: will it be delivered? */
public enum Confidence {
    GREEN, AMBER, RED
}
