package org.agreementtracker.body;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The register of bodies of every country: those of the reference data, always, plus those the operator configures.
 * Fixed for the life of the process, so every node holding the same configuration holds the same register.
 */
public final class BodyRegister {

    /** The reference data shipped with the tracker; demo data and test data draw on the same file. */
    public static final String REFERENCE_DATA = "reference/agreements.json";

    private final Map<String, Body> bodies;

    public BodyRegister(Collection<Body> bodies) {
        Map<String, Body> byId = new LinkedHashMap<>();
        for (Body body : bodies) {
            if (isBlank(body.id()) || isBlank(body.country()) || isBlank(body.name())) {
                throw new IllegalArgumentException("A body needs an id, a country and a name: " + body);
            }
            Body earlier = byId.putIfAbsent(body.id(), body);
            if (earlier != null) {
                throw new IllegalArgumentException(
                        "Body id " + body.id() + " is registered twice: " + earlier + " and " + body);
            }
        }
        this.bodies = Collections.unmodifiableMap(byId);
    }

    /** The bodies of the reference data followed by the configured ones; a configured id may not repeat any. */
    public static BodyRegister of(List<Body> referenceBodies, List<Body> configuredBodies) {
        List<Body> all = new ArrayList<>(referenceBodies);
        all.addAll(configuredBodies);
        return new BodyRegister(all);
    }

    /** Reads the {@code bodies} array of the reference data. */
    public static List<Body> readReferenceBodies(JsonMapper json, InputStream referenceData) {
        try (referenceData) {
            JsonNode root = json.readTree(referenceData);
            List<Body> bodies = new ArrayList<>();
            for (JsonNode node : root.path("bodies")) {
                bodies.add(new Body(node.path("id").asString(), node.path("country").asString(),
                                    node.path("name").asString()));
            }
            if (bodies.isEmpty()) {
                throw new IllegalStateException("The reference data " + REFERENCE_DATA + " names no bodies");
            }
            return bodies;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the reference data " + REFERENCE_DATA, e);
        }
    }

    public List<Body> all() {
        return List.copyOf(bodies.values());
    }

    public Optional<Body> find(String id) {
        return Optional.ofNullable(id == null ? null : bodies.get(id));
    }

    public boolean contains(String id) {
        return find(id).isPresent();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
