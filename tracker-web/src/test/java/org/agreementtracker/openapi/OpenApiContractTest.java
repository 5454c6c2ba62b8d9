package org.agreementtracker.openapi;

import org.agreementtracker.webtest.Api;
import org.agreementtracker.webtest.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP contract as checked in ({@code docs/openapi.json}) is the one the tracker serves: a change of an endpoint,
 * a field or a status shows in review as a change of that file. With {@code -Dtracker.openapi.write=true} the test
 * writes the served document there instead (then read the diff).
 */
@WebTest
class OpenApiContractTest {

    private static final Path CHECKED_IN = Path.of("..", "docs", "openapi.json");
    /** The tests' own probe controller is in the test application, not in the tracker. */
    private static final String TEST_ONLY_PATHS = "/api/v1/probe";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Autowired
    Api api;

    @Test
    void theServedDocumentIsTheCheckedInOne() throws IOException {
        JsonNode served = contractOf(api.anonymous().get("/v3/api-docs").send().json());
        if (Boolean.getBoolean("tracker.openapi.write")) {
            Files.writeString(CHECKED_IN, JSON.writeValueAsString(served) + "\n");
        }

        JsonNode checkedIn = JSON.readTree(Files.readString(CHECKED_IN));

        List<String> differences = new ArrayList<>();
        differences("", checkedIn, served, differences);
        assertThat(differences).as("docs/openapi.json is not what the tracker serves; rerun this test with "
                                           + "-Dtracker.openapi.write=true and review the diff").isEmpty();
    }

    /** Where {@code served} differs from {@code checkedIn}, as JSON pointers, at most 20. */
    private static void differences(String at, JsonNode checkedIn, JsonNode served, List<String> found) {
        if (found.size() >= 20 || checkedIn.equals(served)) {
            return;
        }
        if (checkedIn.isObject() && served.isObject()) {
            Set<String> names = new TreeSet<>(checkedIn.propertyNames());
            names.addAll(served.propertyNames());
            for (String name : names) {
                differences(at + "/" + name, checkedIn.path(name), served.path(name), found);
            }
        } else {
            found.add(at + ": checked in " + abbreviated(checkedIn) + ", served " + abbreviated(served));
        }
    }

    private static String abbreviated(JsonNode node) {
        String text = node.isMissingNode() ? "nothing" : node.toString();
        return text.length() > 120 ? text.substring(0, 120) + "..." : text;
    }

    /** The document without what depends on the test run: the server's address and the test-only endpoints. */
    private static JsonNode contractOf(JsonNode served) {
        ObjectNode contract = (ObjectNode) served.deepCopy();
        contract.remove("servers");
        ObjectNode paths = (ObjectNode) contract.path("paths");
        List<String> testOnly = new ArrayList<>();
        paths.propertyNames().forEach(path -> {
            if (path.startsWith(TEST_ONLY_PATHS)) {
                testOnly.add(path);
            }
        });
        testOnly.forEach(paths::remove);
        // and the schemas only those endpoints used: keep what the rest of the document reaches
        ObjectNode schemas = (ObjectNode) contract.path("components").path("schemas");
        Set<String> reached = new HashSet<>();
        List<JsonNode> toVisit = new ArrayList<>(List.of(contract.path("paths")));
        while (!toVisit.isEmpty()) {
            JsonNode node = toVisit.remove(toVisit.size() - 1);
            for (JsonNode ref : node.findValues("$ref")) {
                String name = ref.asString().substring(ref.asString().lastIndexOf('/') + 1);
                if (reached.add(name) && schemas.has(name)) {
                    toVisit.add(schemas.get(name));
                }
            }
        }
        List<String> unreached = new ArrayList<>();
        schemas.propertyNames().forEach(name -> {
            if (!reached.contains(name)) {
                unreached.add(name);
            }
        });
        unreached.forEach(schemas::remove);
        return contract;
    }
}
