package org.agreementtracker.classification;

import org.agreementtracker.api.classification.ClassificationScheme;
import org.agreementtracker.api.classification.Clearance;
import org.axonframework.messaging.MetaData;

import java.util.Set;

/** Readers for the read side's tests: the metadata a query carries for each clearance. */
public final class Readers {

    public static final ClassificationScheme SCHEME = ClassificationScheme.standard();
    /** Cleared for everything: sees what the read models hold, unredacted. */
    public static final Clearance CLEARANCE = new Clearance("SECRET", Set.of("DEFENCE"), null);
    public static final MetaData CLEARED = MetaData.from(CLEARANCE.toMetadata());

    private Readers() {
    }

    public static MetaData reading(Clearance clearance) {
        return MetaData.from(clearance.toMetadata());
    }
}
