package org.agreementtracker.agreement;

import org.agreementtracker.api.agreement.AgreementRuleViolation;
import org.agreementtracker.api.agreement.RefusalCode;
import org.agreementtracker.api.classification.Classification;
import org.agreementtracker.api.classification.ClassificationScheme;
import org.agreementtracker.api.classification.Clearance;
import org.axonframework.messaging.MetaData;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules of classification on the command side: a classification names configured levels and compartments; an
 * item inside an agreement never lowers the agreement's; and nobody writes to what they may not read. The writer's
 * clearance comes with the command's metadata; a command without one was sent by the tracker itself (its demo
 * loader, its declassification clock) and is not limited.
 * <p>
 * A refusal for want of clearance names the item by id only: its title is what the writer may not read.
 */
final class ClassificationPolicy {

    private ClassificationPolicy() {
    }

    /** {@code given} checked against the scheme, or {@code null} when none was given. */
    static Classification checked(String field, Classification given, ClassificationScheme scheme) {
        if (given == null) {
            return null;
        }
        String level = Require.text(field + ".level", given.level());
        if (!scheme.knows(level)) {
            throw Require.invalid(field + ".level", "Level " + level + " is not one of " + scheme.levels());
        }
        for (String compartment : given.compartments()) {
            if (!scheme.compartments().contains(compartment)) {
                throw Require.invalid(field + ".compartments", "Compartment " + compartment + " is not one of "
                        + scheme.compartments());
            }
        }
        List<String> sides = new ArrayList<>();
        for (String side : given.releasableTo()) {
            sides.add(Require.text(field + ".releasableTo", side));
        }
        return new Classification(level, given.compartments(), sides);
    }

    /**
     * An item's own classification, refused when it would lower its agreement's: a lower level, fewer compartments,
     * or more sides than the agreement is releasable to.
     */
    static Classification raising(String field, Classification given, Classification agreement,
                                  ClassificationScheme scheme) {
        Classification item = checked(field, given, scheme);
        if (item == null) {
            return null;
        }
        if (scheme.above(agreement.level(), item.level())) {
            throw Require.invalid(field + ".level", "An item is never classified below its agreement, which is "
                    + agreement.level() + "; " + item.level() + " would lower it");
        }
        if (!item.compartments().containsAll(agreement.compartments())) {
            throw Require.invalid(field + ".compartments", "An item keeps its agreement's compartments "
                    + agreement.compartments());
        }
        if (!agreement.releasableTo().isEmpty() && (item.releasableTo().isEmpty()
                || !agreement.releasableTo().containsAll(item.releasableTo()))) {
            throw Require.invalid(field + ".releasableTo", "An item is releasable to no more sides than its "
                    + "agreement: " + agreement.releasableTo());
        }
        return item;
    }

    /** Refuses the command unless its writer may read {@code classification}; {@code what} names the item by id. */
    static void refuseUnlessCleared(MetaData metaData, Classification classification, ClassificationScheme scheme,
                                    String what) {
        Clearance writer = metaData == null ? null : Clearance.fromMetadata(metaData);
        if (writer != null && !scheme.allows(writer, classification)) {
            throw new AgreementRuleViolation(RefusalCode.NOT_CLEARED,
                                             "Your clearance does not allow you to read " + what
                                                     + ", so you cannot write to it");
        }
    }
}
