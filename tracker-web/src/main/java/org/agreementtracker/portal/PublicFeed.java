package org.agreementtracker.portal;

import java.util.List;

/**
 * The public portal's answer: the public agreements, and how many agreements and milestones are not public and so
 * not shown (a number, never what they are).
 */
public record PublicFeed(List<PublicAgreement> agreements, NotShown notShown) {

    public record NotShown(int agreements, int milestones) {
    }
}
