package org.agreementtracker.api.actor;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ActorTest {

    @Test
    void travelsInMetadataAndBack() {
        Actor officer = Actor.ministry("amina", "PK", "PK-MOI");

        assertThat(officer.toMetadata()).containsExactly(Map.entry("user", "amina"), Map.entry("role", "MINISTRY"),
                                                         Map.entry("side", "PK"), Map.entry("body", "PK-MOI"));
        assertThat(Actor.fromMetadata(officer.toMetadata())).isEqualTo(officer);
        assertThat(Actor.fromMetadata(Actor.committee("chair").toMetadata())).isEqualTo(Actor.committee("chair"));
    }

    @Test
    void isAbsentFromMetadataWithoutUser() {
        assertThat(Actor.fromMetadata(Map.of("correlationId", "c-1"))).isNull();
    }
}
