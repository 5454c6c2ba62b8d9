package org.agreementtracker.api.milestone;

/**
 * How the sides' indicator values relate: nobody reported one; the most recent value is claimed by some side and not
 * (yet) matched by the others; every side's latest value is the same; or values reported for the same date differ.
 */
public enum IndicatorStatus {
    NOT_REPORTED, CLAIMED, AGREED, DISPUTED
}
