package org.agreementtracker.agreement;

import org.agreementtracker.api.actor.Actor;
import org.agreementtracker.api.agreement.AgreementRuleViolation;
import org.agreementtracker.api.agreement.Party;
import org.agreementtracker.api.agreement.RefusalCode;

/**
 * Who may report on a milestone, and whose account a report is. A report is always one body's account, and that
 * body's country is the side it speaks for. The bodies with a say are the milestone's owner and the agreement's
 * parties. A MINISTRY officer reports for their own body only, and only when it has a say; a COMMITTEE member
 * enters a report on behalf of a body with a say (the owner unless another is named), e.g. from a letter the
 * committee received. Other roles do not report.
 */
final class ReportingPolicy {

    /** The side (country) and body a report speaks for. */
    record Account(String side, String body) {
    }

    private ReportingPolicy() {
    }

    static Account accountOf(Actor reportedBy, String onBehalfOf, Milestone milestone, Parties parties) {
        Require.present("reportedBy", reportedBy);
        return switch (reportedBy.role()) {
            case MINISTRY -> ministryAccount(reportedBy, onBehalfOf, milestone, parties);
            case COMMITTEE -> committeeAccount(Require.optionalText(onBehalfOf), milestone, parties);
            default -> throw new AgreementRuleViolation(
                    RefusalCode.ROLE_NOT_ALLOWED,
                    "Only ministry officers and committee members report on milestones; " + reportedBy.user()
                            + " acts as " + reportedBy.role());
        };
    }

    private static Account ministryAccount(Actor officer, String onBehalfOf, Milestone milestone, Parties parties) {
        String body = officer.body();
        if (body == null) {
            throw new AgreementRuleViolation(RefusalCode.NOT_YOUR_BODY,
                                             "Ministry officer " + officer.user() + " belongs to no body");
        }
        String named = Require.optionalText(onBehalfOf);
        if (named != null && !named.equals(body)) {
            throw new AgreementRuleViolation(RefusalCode.NOT_YOUR_BODY, "onBehalfOf",
                                             "Ministry officer " + officer.user() + " of " + body
                                                     + " may report for " + body + " only, not for " + named);
        }
        Account account = entitled(body, milestone, parties);
        if (account == null) {
            throw new AgreementRuleViolation(RefusalCode.NOT_YOUR_BODY,
                                             "Body " + body + " may not report on milestone " + milestone.describe()
                                                     + ": only its owner " + milestone.owner()
                                                     + " or a party (" + parties.bodies() + ") may");
        }
        if (officer.side() != null && !officer.side().equals(account.side())) {
            throw new AgreementRuleViolation(RefusalCode.NOT_YOUR_BODY,
                                             "Ministry officer " + officer.user() + " is on side " + officer.side()
                                                     + " but body " + body + " is of " + account.side());
        }
        return account;
    }

    private static Account committeeAccount(String onBehalfOf, Milestone milestone, Parties parties) {
        String body = onBehalfOf == null ? milestone.owner() : onBehalfOf;
        Account account = entitled(body, milestone, parties);
        if (account == null) {
            throw new AgreementRuleViolation(RefusalCode.NOT_A_REPORTING_BODY, "onBehalfOf",
                                             "A report on milestone " + milestone.describe() + " must be the account"
                                                     + " of its owner " + milestone.owner() + " or of a party ("
                                                     + parties.bodies() + "), not of " + body);
        }
        return account;
    }

    private static Account entitled(String body, Milestone milestone, Parties parties) {
        if (body.equals(milestone.owner())) {
            return new Account(milestone.ownerSide(), body);
        }
        Party party = parties.party(body);
        return party == null ? null : new Account(party.country(), body);
    }
}
