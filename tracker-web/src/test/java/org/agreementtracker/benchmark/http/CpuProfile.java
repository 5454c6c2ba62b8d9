package org.agreementtracker.benchmark.http;

import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * Where the CPU goes while a phase runs: Java Flight Recorder's execution samples ({@code jdk.ExecutionSample}, every
 * 10 ms per running thread) of the whole JVM, tracker and clients, counted by the code their stacks pass through,
 * by the package of their top frame, and by the kind of thread. The same as {@code jfr print --events
 * jdk.ExecutionSample} counted by hand, done here so every run reports it.
 */
final class CpuProfile {

    /** Parts of the stack, in the order the report lists them: a sample counts for each part its stack touches. */
    private static final Map<String, List<String>> PARTS = parts();

    private final long samples;
    private final Map<String, Long> byPart;
    private final Map<String, Long> byTopPackage;
    private final Map<String, Long> byTopMethod;
    private final Map<String, Long> byThread;

    private CpuProfile(long samples, Map<String, Long> byPart, Map<String, Long> byTopPackage,
                       Map<String, Long> byTopMethod, Map<String, Long> byThread) {
        this.samples = samples;
        this.byPart = byPart;
        this.byTopPackage = byTopPackage;
        this.byTopMethod = byTopMethod;
        this.byThread = byThread;
    }

    private static Map<String, List<String>> parts() {
        Map<String, List<String>> parts = new LinkedHashMap<>();
        parts.put("mongo-java-server (the embedded server's query and write handling)", List.of("de.bwaldvogel."));
        parts.put("H2 MVStore (pages, commits)", List.of("org.h2."));
        parts.put("the embedded store's BSON types and lock (`org.agreementtracker.store`)",
                  List.of("org.agreementtracker.store."));
        parts.put("MongoDB driver and BSON codecs", List.of("com.mongodb.", "org.bson."));
        parts.put("netty (the embedded server's event loop: its wire, and its query and write handling run on it)",
                  List.of("io.netty."));
        parts.put("Axon (command bus, aggregates, event processors)", List.of("org.axonframework."));
        parts.put("the tracker's event storage engine (`org.agreementtracker.eventstore`)",
                  List.of("org.agreementtracker.eventstore."));
        parts.put("the read models (tracker-query: projections and queries)",
                  List.of("org.agreementtracker.board.Agreement", "org.agreementtracker.board.BoardFacets",
                          "org.agreementtracker.bodies.", "org.agreementtracker.detail.",
                          "org.agreementtracker.milestones.", "org.agreementtracker.readmodel.",
                          "org.agreementtracker.summary."));
        parts.put("waiting for the projections (`ReadYourWrites`)",
                  List.of("org.agreementtracker.projection.ReadYourWrites"));
        parts.put("Spring Security", List.of("org.springframework.security."));
        parts.put("Spring MVC and the rest of Spring", List.of("org.springframework."));
        parts.put("Tomcat", List.of("org.apache.catalina.", "org.apache.coyote.", "org.apache.tomcat."));
        parts.put("Jackson", List.of("tools.jackson.", "com.fasterxml.jackson."));
        parts.put("Hibernate Validator", List.of("org.hibernate.validator."));
        parts.put("Micrometer", List.of("io.micrometer."));
        parts.put("logging", List.of("ch.qos.logback.", "org.slf4j."));
        parts.put("the benchmark's HTTP client (`java.net.http`)",
                  List.of("jdk.internal.net.http.", "java.net.http.", "org.agreementtracker.benchmark."));
        return parts;
    }

    /** Runs {@code phase} under a recording and counts its samples. */
    static <T> Profiled<T> of(Callable<T> phase) throws Exception {
        Path file = Files.createTempFile("http-benchmark", ".jfr");
        try (Recording recording = new Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
            recording.start();
            T result = phase.call();
            recording.stop();
            recording.dump(file);
            return new Profiled<>(result, count(file));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    record Profiled<T>(T result, CpuProfile profile) {
    }

    private static CpuProfile count(Path file) {
        long samples = 0;
        Map<String, Long> byPart = new LinkedHashMap<>();
        PARTS.keySet().forEach(part -> byPart.put(part, 0L));
        Map<String, Long> byTopPackage = new TreeMap<>();
        Map<String, Long> byTopMethod = new TreeMap<>();
        Map<String, Long> byThread = new TreeMap<>();
        try {
            for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
                RecordedStackTrace stack = event.getStackTrace();
                if (!"jdk.ExecutionSample".equals(event.getEventType().getName()) || stack == null
                        || stack.getFrames().isEmpty()) {
                    continue;
                }
                samples++;
                Set<String> touched = new HashSet<>();
                for (RecordedFrame frame : stack.getFrames()) {
                    if (frame.getMethod() == null) {
                        continue;
                    }
                    String type = frame.getMethod().getType().getName();
                    PARTS.forEach((part, prefixes) -> {
                        if (prefixes.stream().anyMatch(type::startsWith)) {
                            touched.add(part);
                        }
                    });
                }
                // Spring Security is also Spring: count it in its own line only
                if (touched.contains("Spring Security") && !springOutsideSecurity(stack)) {
                    touched.remove("Spring MVC and the rest of Spring");
                }
                touched.forEach(part -> byPart.merge(part, 1L, Long::sum));
                RecordedFrame topFrame = stack.getFrames().get(0);
                String top = topFrame.getMethod() == null ? "(unknown)" : topFrame.getMethod().getType().getName();
                int dot = top.lastIndexOf('.');
                byTopPackage.merge(dot < 0 ? top : top.substring(0, dot), 1L, Long::sum);
                byTopMethod.merge(topFrame.getMethod() == null ? top
                                          : top.substring(dot + 1) + "." + topFrame.getMethod().getName(), 1L, Long::sum);
                byThread.merge(threadKind(event.getThread("sampledThread") == null ? ""
                                                  : event.getThread("sampledThread").getJavaName()), 1L, Long::sum);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CpuProfile(samples, byPart, byTopPackage, byTopMethod, byThread);
    }

    private static boolean springOutsideSecurity(RecordedStackTrace stack) {
        return stack.getFrames().stream().filter(frame -> frame.getMethod() != null)
                    .map(frame -> frame.getMethod().getType().getName())
                    .anyMatch(type -> type.startsWith("org.springframework.")
                            && !type.startsWith("org.springframework.security."));
    }

    private static String threadKind(String name) {
        if (name == null) {
            return "other";
        }
        if (name.startsWith("http-nio")) {
            return "Tomcat request threads (commands, queries)";
        }
        if (name.startsWith("EventProcessor") || name.contains("Processor[")) {
            return "Axon event processors (the projections)";
        }
        if (name.startsWith("nioEventLoopGroup") || name.contains("mongo-server")) {
            return "embedded server's netty threads";
        }
        if (name.startsWith("pool-") || name.startsWith("HttpClient")) {
            return "benchmark clients";
        }
        return "other (" + name.replaceAll("[-#]?\\d+$", "") + ")";
    }

    long samples() {
        return samples;
    }

    /** Parts with a share of at least half a percent, largest first. */
    Map<String, Long> byPart() {
        return sortedAbove(byPart, 0.005);
    }

    Map<String, Long> byTopPackage(int limit) {
        return largest(byTopPackage, limit);
    }

    Map<String, Long> byTopMethod(int limit) {
        return largest(byTopMethod, limit);
    }

    private static Map<String, Long> largest(Map<String, Long> counts, int limit) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                           .limit(limit)
                           .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
                                                     LinkedHashMap::new));
    }

    Map<String, Long> byThread() {
        return sortedAbove(byThread, 0.005);
    }

    private Map<String, Long> sortedAbove(Map<String, Long> counts, double share) {
        return counts.entrySet().stream().filter(entry -> entry.getValue() >= share * samples)
                     .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                     .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
                                               LinkedHashMap::new));
    }

    double share(long count) {
        return samples == 0 ? 0 : (double) count / samples;
    }
}
