package org.agreementtracker.store;

import org.agreementtracker.api.classification.Sealing;
import org.agreementtracker.classification.ClassificationConfiguration;
import org.agreementtracker.configuration.InvalidConfigurationFailureAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the keys that seal classified content come from, and a start refused when one is missing or unusable. */
class SealingConfigurationTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString(new byte[32]).replace('A', 'B');

    @TempDir
    Path dataDirectory;

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(StoreProperties.class)
    static class Store {
    }

    private ApplicationContextRunner tracker() {
        return new ApplicationContextRunner()
                .withUserConfiguration(ClassificationConfiguration.class, Store.class, SealingConfiguration.class)
                .withPropertyValues("tracker.data-dir=" + dataDirectory);
    }

    private ApplicationContextRunner onAReplicaSet() {
        return tracker().withPropertyValues("tracker.mongo.uri=mongodb://m1,m2,m3/tracker?replicaSet=rs0");
    }

    private static FailureAnalysis analysed(AssertableApplicationContext context) {
        assertThat(context).hasFailed();
        FailureAnalysis analysis = new InvalidConfigurationFailureAnalyzer().analyze(context.getStartupFailure());
        assertThat(analysis).as("an invalid configuration, described").isNotNull();
        return analysis;
    }

    @Test
    void onAReplicaSetATrackerWithoutItsKeysRefusesToStartNamingThem() {
        onAReplicaSet().run(context -> {
            FailureAnalysis analysis = analysed(context);
            assertThat(analysis.getDescription()).contains("there is no key RESTRICTED, SECRET, DEFENCE");
            assertThat(analysis.getAction()).contains("keys/<NAME>.1.key", "tracker.classification.sealing.keys");
        });
    }

    @Test
    void onTheEmbeddedStoreMissingKeysAreGeneratedReadableByTheTrackerAloneAndKeptForTheNextStart()
            throws IOException {
        tracker().run(context -> assertThat(context).hasSingleBean(Sealing.class));
        Path secret = dataDirectory.resolve("keys/SECRET.1.key");
        assertThat(Base64.getDecoder().decode(Files.readString(secret).strip())).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("rw-------");
        String generated = Files.readString(secret);

        tracker().run(context -> assertThat(context).hasSingleBean(Sealing.class));

        assertThat(Files.readString(secret)).isEqualTo(generated);
    }

    @Test
    void keysComeFromConfigurationOrFromFilesGivenToTheNode() throws IOException {
        Path keys = Files.createDirectories(dataDirectory.resolve("given"));
        Files.writeString(keys.resolve("SECRET.1.key"), KEY);
        Files.writeString(keys.resolve("DEFENCE.1.key"), KEY);

        onAReplicaSet().withPropertyValues("tracker.classification.sealing.key-dir=" + keys,
                                           "tracker.classification.sealing.keys.RESTRICTED[0]=" + KEY)
                       .run(context -> assertThat(context).hasSingleBean(Sealing.class));
    }

    @Test
    void aKeyInBothPlacesIsRefused() throws IOException {
        Path keys = Files.createDirectories(dataDirectory.resolve("keys"));
        Files.writeString(keys.resolve("SECRET.1.key"), KEY);

        tracker().withPropertyValues("tracker.classification.sealing.keys.SECRET[0]=" + KEY)
                 .run(context -> assertThat(analysed(context).getDescription())
                         .contains("key SECRET is both in configuration and in"));
    }

    @Test
    void aGapInAKeysVersionsIsRefused() throws IOException {
        Path keys = Files.createDirectories(dataDirectory.resolve("keys"));
        Files.writeString(keys.resolve("SECRET.1.key"), KEY);
        Files.writeString(keys.resolve("SECRET.3.key"), OTHER_KEY);

        tracker().run(context -> assertThat(analysed(context).getDescription())
                .contains("key SECRET has versions [1, 3]"));
    }

    @Test
    void aKeyThatIsNotBase64OrNot32BytesIsRefused() {
        tracker().withPropertyValues("tracker.classification.sealing.keys.SECRET[0]=not base64!")
                 .run(context -> assertThat(analysed(context).getDescription()).contains("is not Base64"));
        tracker().withPropertyValues("tracker.classification.sealing.keys.SECRET[0]="
                                             + Base64.getEncoder().encodeToString(new byte[16]))
                 .run(context -> assertThat(analysed(context).getDescription()).contains("16 bytes"));
    }

    @Test
    void sealingFromALevelTheSchemeDoesNotKnowIsRefused() {
        tracker().withPropertyValues("tracker.classification.sealing.from=TOP_SECRET")
                 .run(context -> assertThat(analysed(context).getDescription())
                         .contains("TOP_SECRET is not one of [PUBLIC, OFFICIAL, RESTRICTED, SECRET]"));
    }
}
