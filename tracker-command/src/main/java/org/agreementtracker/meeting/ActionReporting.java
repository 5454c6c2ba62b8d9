package org.agreementtracker.meeting;

import org.agreementtracker.api.actor.Actor;
import org.agreementtracker.api.agreement.AgreementRuleViolation;
import org.agreementtracker.api.agreement.RefusalCode;

/**
 * Who may report on a meeting's action item: an officer of its owner body, for that body; or a committee member,
 * entering the owner's account (from a letter, say). A report is always the owner body's account. Other roles do not
 * report.
 */
final class ActionReporting {

    private ActionReporting() {
    }

    /** The body whose account the report is; refuses anyone who may not give it. */
    static String bodyOf(Actor reporter, MeetingAction action) {
        if (reporter == null) {
            throw new AgreementRuleViolation(RefusalCode.ROLE_NOT_ALLOWED, "A report on an action item needs a user");
        }
        return switch (reporter.role()) {
            case COMMITTEE -> action.owner();
            case MINISTRY -> {
                if (!action.owner().equals(reporter.body())) {
                    throw new AgreementRuleViolation(
                            RefusalCode.NOT_YOUR_BODY,
                            "Action item " + action.actionId() + " is owned by " + action.owner() + "; ministry "
                                    + "officer " + reporter.user() + " of " + reporter.body() + " may not report on it");
                }
                yield action.owner();
            }
            default -> throw new AgreementRuleViolation(
                    RefusalCode.ROLE_NOT_ALLOWED,
                    "Only officers of the owner body and committee members report on action items; "
                            + reporter.user() + " acts as " + reporter.role());
        };
    }
}
