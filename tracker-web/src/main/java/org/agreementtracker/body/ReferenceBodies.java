package org.agreementtracker.body;

import org.agreementtracker.api.body.Body;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The bodies of the reference data shipped with the tracker ({@value #RESOURCE}), which demo data draws on too. */
public final class ReferenceBodies {

    public static final String RESOURCE = "reference/agreements.json";

    private ReferenceBodies() {
    }

    /** Reads the {@code bodies} array of the reference data. */
    public static List<Body> read(JsonMapper json, InputStream referenceData) {
        try (referenceData) {
            JsonNode root = json.readTree(referenceData);
            List<Body> bodies = new ArrayList<>();
            for (JsonNode node : root.path("bodies")) {
                bodies.add(new Body(node.path("id").asString(), node.path("country").asString(),
                                    node.path("name").asString()));
            }
            if (bodies.isEmpty()) {
                throw new IllegalStateException("The reference data " + RESOURCE + " names no bodies");
            }
            return bodies;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the reference data " + RESOURCE, e);
        } catch (JacksonException e) {
            throw new IllegalStateException("The reference data " + RESOURCE + " is not valid JSON", e);
        }
    }
}
