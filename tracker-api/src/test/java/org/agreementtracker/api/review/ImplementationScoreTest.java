package org.agreementtracker.api.review;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImplementationScoreTest {

    @Test
    void mapsOntoThePeaceAccordsMatrixWithNoEvidenceOutsideIt() {
        assertThat(ImplementationScore.NO_EVIDENCE.pamValue()).isEmpty();
        assertThat(ImplementationScore.NOT_STARTED.pamValue()).hasValue(0);
        assertThat(ImplementationScore.MINIMAL.pamValue()).hasValue(1);
        assertThat(ImplementationScore.INTERMEDIATE.pamValue()).hasValue(2);
        assertThat(ImplementationScore.FULL.pamValue()).hasValue(3);
    }
}
