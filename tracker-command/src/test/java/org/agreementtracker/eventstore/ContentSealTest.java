package org.agreementtracker.eventstore;

import org.agreementtracker.api.classification.Classification;
import org.agreementtracker.api.classification.ClassificationScheme;
import org.bson.BsonArray;
import org.bson.BsonString;
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

class ContentSealTest {

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

    static ContentSeal seal() {
        return new ContentSeal(SCHEME, "RESTRICTED", keys(1));
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
        ContentSeal seal = seal();
        ContentSeal.Sealed sealed = seal.seal("e1", PAYLOAD, SECRET_DEFENCE);

        assertThat(sealed.sealedWith()).containsExactly(new BsonString("SECRET:1"), new BsonString("DEFENCE:1"));
        assertThat(new String(sealed.data(), StandardCharsets.ISO_8859_1)).doesNotContain("Indus");
        assertThat(seal.open("e1", sealed.sealedWith(), sealed.data())).isEqualTo(PAYLOAD);
    }

    @Test
    void refusesToOpenAlteredContent() {
        ContentSeal seal = seal();
        ContentSeal.Sealed sealed = seal.seal("e1", PAYLOAD, SECRET_DEFENCE);
        byte[] altered = sealed.data().clone();
        altered[altered.length / 2] ^= 1;

        assertThatIllegalStateException().isThrownBy(() -> seal.open("e1", sealed.sealedWith(), altered))
                                         .withMessageContaining("altered");
    }

    @Test
    void refusesToOpenContentMovedToAnotherEvent() {
        ContentSeal seal = seal();
        ContentSeal.Sealed sealed = seal.seal("e1", PAYLOAD, SECRET_DEFENCE);

        assertThatIllegalStateException().isThrownBy(() -> seal.open("e2", sealed.sealedWith(), sealed.data()))
                                         .withMessageContaining("event e2");
    }

    @Test
    void refusesToOpenWithAnotherKey() {
        ContentSeal.Sealed sealed = seal().seal("e1", PAYLOAD, Classification.of("SECRET"));
        BsonArray claimed = new BsonArray(List.of(new BsonString("RESTRICTED:1")));

        assertThatIllegalStateException().isThrownBy(() -> seal().open("e1", claimed, sealed.data()));
    }

    @Test
    void sealsWithTheNewestVersionAndStillOpensWhatOlderOnesSealed() {
        ContentSeal.Sealed sealedBeforeRotation = seal().seal("e1", PAYLOAD, Classification.of("SECRET"));
        ContentSeal rotated = new ContentSeal(SCHEME, "RESTRICTED", keys(2));

        ContentSeal.Sealed sealedAfter = rotated.seal("e2", PAYLOAD, Classification.of("SECRET"));

        assertThat(sealedAfter.sealedWith()).containsExactly(new BsonString("SECRET:2"));
        assertThat(rotated.open("e1", sealedBeforeRotation.sealedWith(), sealedBeforeRotation.data()))
                .isEqualTo(PAYLOAD);
    }

    @Test
    void refusesToStartWithoutAKeyTheSchemeNeeds() {
        SealingKeys withoutDefence = SealingKeys.of(Map.of("RESTRICTED", List.of(new byte[32]),
                                                           "SECRET", List.of(new byte[32])));

        assertThatIllegalArgumentException().isThrownBy(() -> new ContentSeal(SCHEME, "RESTRICTED", withoutDefence))
                                            .withMessageContaining("no key DEFENCE");
        assertThatIllegalArgumentException().isThrownBy(() -> new ContentSeal(SCHEME, "TOP SECRET", keys(1)))
                                            .withMessageContaining("not one of");
    }

    @Test
    void refusesAKeyOfTheWrongLength() {
        assertThatIllegalArgumentException().isThrownBy(() -> SealingKeys.of(Map.of("SECRET", List.of(new byte[16]))))
                                            .withMessageContaining("16 bytes");
    }
}
