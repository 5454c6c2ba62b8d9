package org.agreementtracker.benchmark.http;

import org.agreementtracker.TrackerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The tracker as it ships ({@link TrackerApplication}), started in this JVM on its embedded store under a directory
 * of the benchmark's, on a free port, without demo data, with the benchmark's users. Passwords are {@code {noop}}:
 * with bcrypt every request would spend most of its time checking the password, which is not what is measured.
 */
final class RunningTracker implements AutoCloseable {

    /** Sector, then the PK and the BY body whose officers report on its agreements. */
    static final List<List<String>> SECTORS = List.of(
            List.of("LABOUR", "PK-OPHRD", "BY-MOLSP"),
            List.of("DEFENCE", "PK-MOD", "BY-MOD"),
            List.of("TRADE", "PK-MOC", "BY-MART"),
            List.of("AGRICULTURE", "PK-MNFSR", "BY-MINSELHOZ"),
            List.of("INDUSTRY", "PK-MOIP", "BY-MINPROM"),
            List.of("POSTAL", "PK-POST", "BY-BELPOST"),
            List.of("ENVIRONMENT", "PK-MOCC", "BY-MNRE"),
            List.of("SECURITY", "PK-MOI", "BY-MVD"));

    static final String PASSWORD = "benchmark-password";

    private final ConfigurableApplicationContext context;

    private RunningTracker(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts the tracker on the store in {@code dataDirectory}; {@code awaitOnWrite} null keeps the default. */
    static RunningTracker start(Path dataDirectory, Duration awaitOnWrite) {
        List<String> properties = new ArrayList<>(List.of(
                "server.port=0", "spring.main.banner-mode=off", "logging.level.root=WARN",
                "tracker.data-dir=" + dataDirectory, "tracker.embedded.port=0", "tracker.demo-data=false"));
        if (awaitOnWrite != null) {
            properties.add("tracker.projections.await-on-write=" + awaitOnWrite.toMillis() + "ms");
        }
        int user = 0;
        user = addUser(properties, user, "committee", "COMMITTEE", null, null);
        user = addUser(properties, user, "auditor", "AUDITOR", null, null);
        user = addUser(properties, user, "admin", "ADMIN", null, null);
        for (List<String> sector : SECTORS) {
            user = addUser(properties, user, officer(sector.get(1)), "MINISTRY", "PK", sector.get(1));
            user = addUser(properties, user, officer(sector.get(2)), "MINISTRY", "BY", sector.get(2));
        }
        // as command-line arguments, which override application.yml
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TrackerApplication.class)
                .initializers((ApplicationContextInitializer<ConfigurableApplicationContext>) applicationContext ->
                        applicationContext.getBeanFactory().registerSingleton("benchmarkExcludesTestComponents",
                                                                              new TestComponentsExcluded()))
                .run(properties.stream().map(property -> "--" + property).toArray(String[]::new));
        return new RunningTracker(context);
    }

    static String officer(String body) {
        return "officer-" + body.toLowerCase();
    }

    private static int addUser(List<String> properties, int index, String name, String role, String side,
                               String body) {
        String prefix = "tracker.security.users[" + index + "].";
        properties.add(prefix + "username=" + name);
        properties.add(prefix + "password={noop}" + PASSWORD);
        properties.add(prefix + "roles=" + role);
        if (side != null) {
            properties.add(prefix + "side=" + side);
            properties.add(prefix + "body=" + body);
        }
        return index + 1;
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Override
    public void close() {
        context.close();
    }

    /**
     * The test classpath holds the web tests' probe controller ({@code @TestComponent}); a test context leaves it out,
     * the application's own component scan would not. The benchmark measures the application without it.
     */
    private static final class TestComponentsExcluded extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            return reader.getAnnotationMetadata().hasAnnotation("org.springframework.boot.test.context.TestComponent");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TestComponentsExcluded;
        }

        @Override
        public int hashCode() {
            return TestComponentsExcluded.class.hashCode();
        }
    }
}
