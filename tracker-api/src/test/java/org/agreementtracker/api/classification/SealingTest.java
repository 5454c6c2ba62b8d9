package org.agreementtracker.api.classification;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SealingTest {

    static final ClassificationScheme SCHEME = ClassificationScheme.standard();
    static final Classification SECRET_DEFENCE = new Classification("SECRET", List.of("DEFENCE"), List.of("PK"));
    private static final String PAYLOAD = "{\"title\": \"Joint exercise Indus Shield\"}";

    /** Keys for every level from RESTRICTED up and for DEFENCE, each in {@code versions} versions. */
    static SealingKeys keys(int versions) {
        Map<String, List<byte[]>> keys = new LinkedHashMap<>();
        for (String name : List.of("RESTRICTED", "SECRET", "DEFENCE")) {
            List<byte[]> all = new ArrayList<>();
            for (int version = 1; version <= versions; version++) {
                byte[] key = new byte[SealingKeys.KEY_BYTES];
                new Random((name + version).hashCode()).nextBytes(key); // a version is the same key in every test
                all.add(key);
            }
            keys.put(name, all);
        }
        return SealingKeys.of(keys);
    }

    static Sealing seal() {
        return new Sealing(SCHEME, "RESTRICTED", keys(1));
    }

    @Test
    void sealsWithTheKeyOfTheLevelThenOfEachCompartment() {
        assertThat(seal().keysFor(SECRET_DEFENCE)).containsExactly("SECRET", "DEFENCE");
        assertThat(seal().keysFor(Classification.of("RESTRICTED"))).containsExactly("RESTRICTED");
        assertThat(seal().keysFor(new Classification("OFFICIAL", List.of("DEFENCE"), List.of())))
                .containsExactly("DEFENCE");
    }

    @Test
    void leavesContentBelowTheSealedLevelAsItIs() {
        assertThat(seal().seal("e1", PAYLOAD, Classification.of("OFFICIAL"))).isNull();
        assertThat(seal().seal("e1", PAYLOAD, Classification.of("PUBLIC"))).isNull();
        assertThat(seal().seal("e1", PAYLOAD, null)).isNull();
    }

    @Test
    void opensWhatItSealedAndTheSealedBytesHoldNoPlaintext() {
        Sealing seal = seal();
        Sealing.Sealed sealed = seal.seal("e1", PAYLOAD, SECRET_DEFENCE);

        assertThat(sealed.sealedWith()).containsExactly("SECRET:1", "DEFENCE:1");
        assertThat(new String(sealed.data(), StandardCharsets.ISO_8859_1)).doesNotContain("Indus");
        assertThat(seal.open("e1", sealed.sealedWith(), sealed.data())).isEqualTo(PAYLOAD);
    }

    @Test
    void refusesToOpenAlteredContent() {
        Sealing seal = seal();
        Sealing.Sealed sealed = seal.seal("e1", PAYLOAD, SECRET_DEFENCE);
        byte[] altered = sealed.data().clone();
        altered[altered.length / 2] ^= 1;

        assertThatIllegalStateException().isThrownBy(() -> seal.open("e1", sealed.sealedWith(), altered))
                                         .withMessageContaining("altered");
    }

    @Test
    void refusesToOpenContentMovedToAnotherEvent() {
        Sealing seal = seal();
        Sealing.Sealed sealed = seal.seal("e1", PAYLOAD, SECRET_DEFENCE);

        assertThatIllegalStateException().isThrownBy(() -> seal.open("e2", sealed.sealedWith(), sealed.data()))
                                         .withMessageContaining("of e2");
    }

    @Test
    void refusesToOpenWithAnotherKey() {
        Sealing.Sealed sealed = seal().seal("e1", PAYLOAD, Classification.of("SECRET"));
        List<String> claimed = List.of("RESTRICTED:1");

        assertThatIllegalStateException().isThrownBy(() -> seal().open("e1", claimed, sealed.data()));
    }

    @Test
    void sealsWithTheNewestVersionAndStillOpensWhatOlderOnesSealed() {
        Sealing.Sealed sealedBeforeRotation = seal().seal("e1", PAYLOAD, Classification.of("SECRET"));
        Sealing rotated = new Sealing(SCHEME, "RESTRICTED", keys(2));

        Sealing.Sealed sealedAfter = rotated.seal("e2", PAYLOAD, Classification.of("SECRET"));

        assertThat(sealedAfter.sealedWith()).containsExactly("SECRET:2");
        assertThat(rotated.open("e1", sealedBeforeRotation.sealedWith(), sealedBeforeRotation.data()))
                .isEqualTo(PAYLOAD);
    }

    @Test
    void refusesToStartWithoutAKeyTheSchemeNeeds() {
        SealingKeys withoutDefence = SealingKeys.of(Map.of("RESTRICTED", List.of(new byte[32]),
                                                           "SECRET", List.of(new byte[32])));

        assertThatIllegalArgumentException().isThrownBy(() -> new Sealing(SCHEME, "RESTRICTED", withoutDefence))
                                            .withMessageContaining("no key DEFENCE");
        assertThatIllegalArgumentException().isThrownBy(() -> new Sealing(SCHEME, "TOP SECRET", keys(1)))
                                            .withMessageContaining("not one of");
    }

    @Test
    void withoutKeysNothingIsSealed() {
        assertThat(Sealing.none().seal("e1", PAYLOAD, SECRET_DEFENCE)).isNull();
    }

    @Test
    void refusesAKeyOfTheWrongLength() {
        assertThatIllegalArgumentException().isThrownBy(() -> SealingKeys.of(Map.of("SECRET", List.of(new byte[16]))))
                                            .withMessageContaining("16 bytes");
    }
}
