package org.agreementtracker.meeting;

import org.agreementtracker.api.agreement.AgreementRuleViolation;
import org.agreementtracker.api.agreement.RefusalCode;
import org.agreementtracker.api.classification.Classification;
import org.agreementtracker.api.classification.ClassificationScheme;
import org.agreementtracker.api.classification.Clearance;
import org.agreementtracker.classification.AgreementClassification;
import org.agreementtracker.classification.Classifications;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * What a decision is classified: the join of the agreements it concerns (the meeting knows nothing of agreements, so
 * the web layer reads them before it sends the decision). A decision about an agreement the tracker does not know is
 * refused, and so is one by a committee member not cleared for what it concerns.
 */
@Component
class DecisionClassification {

    private final Classifications classifications;
    private final ClassificationScheme scheme;

    DecisionClassification(Classifications classifications, ClassificationScheme scheme) {
        this.classifications = classifications;
        this.scheme = scheme;
    }

    /** {@code null} for a decision that concerns no agreement. */
    Classification of(List<String> agreementIds, Clearance writer) {
        if (agreementIds.isEmpty()) {
            return null;
        }
        Map<String, AgreementClassification> known = classifications.of(agreementIds);
        Classification joined = null;
        for (String agreementId : agreementIds) {
            AgreementClassification agreement = known.get(agreementId);
            if (agreement == null) {
                throw new AgreementRuleViolation(RefusalCode.INVALID_VALUE, "agreementIds",
                                                 "The tracker has no agreement " + agreementId);
            }
            joined = joined == null ? scheme.orDefault(agreement.agreement())
                    : scheme.join(joined, agreement.agreement());
        }
        if (!scheme.allows(writer, joined)) {
            throw new AgreementRuleViolation(RefusalCode.NOT_CLEARED, "agreementIds", "A decision about these "
                    + "agreements is classified " + joined.describe() + "; your clearance does not allow it");
        }
        return joined;
    }
}
