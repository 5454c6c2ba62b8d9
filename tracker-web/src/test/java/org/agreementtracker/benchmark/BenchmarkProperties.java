package org.agreementtracker.benchmark;

/** How both benchmarks read their {@code -Dbenchmark.*} settings and say how they were run. */
public final class BenchmarkProperties {

    private BenchmarkProperties() {
    }

    /** The system property {@code name}, trimmed, or {@code fallback} when it is missing or blank. */
    public static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    /** The Maven command line (the mvn launcher exports it), else what the profile passed on. */
    public static String commandLine(Class<?> benchmark) {
        String maven = System.getenv("MAVEN_CMD_LINE_ARGS");
        if (maven != null && !maven.isBlank()) {
            return "./mvnw " + maven.trim();
        }
        return property("benchmark.command", "java -cp <test classpath of tracker-web> " + benchmark.getName());
    }
}
