package org.agreementtracker.agreement;

import org.agreementtracker.api.agreement.AgreementRuleViolation;
import org.agreementtracker.api.agreement.Party;
import org.agreementtracker.api.agreement.RefusalCode;
import org.agreementtracker.api.body.Body;
import org.agreementtracker.api.body.BodyRegister;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who is in an agreement. Its parties are bodies of at least two countries (an agreement is between countries); its
 * sides are those countries. A milestone or an action item may be owned by any body of a side, not only by a party:
 * a roadmap signed by two foreign ministries is delivered by line ministries.
 */
record Parties(List<Party> parties) {

    Parties {
        parties = List.copyOf(parties);
    }

    /** The parties of a new agreement: every body known to the register, no body twice, two countries at least. */
    static Parties of(List<String> bodyIds, BodyRegister register) {
        if (bodyIds.isEmpty()) {
            throw new AgreementRuleViolation(RefusalCode.REQUIRED, "parties", "parties is required");
        }
        List<Party> parties = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String bodyId : bodyIds) {
            Body body = register.registered("parties", bodyId);
            if (!seen.add(body.id())) {
                throw Require.invalid("parties", "Body " + body.id() + " is named twice among the parties");
            }
            parties.add(new Party(body.id(), body.country()));
        }
        Parties result = new Parties(parties);
        if (result.sides().size() < 2) {
            throw Require.invalid("parties", "An agreement is between countries: its parties must include bodies of "
                    + "at least two, but " + String.join(", ", bodyIds) + " are all of " + result.sides());
        }
        return result;
    }

    /** The parties' countries, in the order the parties were named. */
    Set<String> sides() {
        Set<String> sides = new LinkedHashSet<>();
        parties.forEach(party -> sides.add(party.country()));
        return sides;
    }

    /** The party that {@code bodyId} is, or {@code null}. */
    Party party(String bodyId) {
        return parties.stream().filter(party -> party.body().equals(bodyId)).findFirst().orElse(null);
    }

    /**
     * An owner for a milestone or action: a body the register knows, of one of the parties' countries; as a party,
     * so that the event records the country it had.
     */
    Party owner(String field, String bodyId, String ref, BodyRegister register) {
        Body body = register.registered(field, Require.text(field, bodyId));
        if (!sides().contains(body.country())) {
            throw new AgreementRuleViolation(RefusalCode.NOT_A_PARTY, field,
                                             "Body " + body.id() + " is of " + body.country()
                                                     + ", which is not a party to agreement " + ref
                                                     + "; its owner must be a body of " + String.join(" or ", sides()));
        }
        return new Party(body.id(), body.country());
    }

    String bodies() {
        return String.join(", ", parties.stream().map(Party::body).toList());
    }
}
