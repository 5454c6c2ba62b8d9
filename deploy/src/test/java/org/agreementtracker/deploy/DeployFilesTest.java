package org.agreementtracker.deploy;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What can be checked of the deployment files without a Docker engine or a cluster: they parse, they name each other
 * consistently, and the image builds every module the project has.
 */
class DeployFilesTest {

    private static final Path DEPLOY = Path.of("").toAbsolutePath();
    private static final Path ROOT = DEPLOY.getParent();

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(String file) throws IOException {
        try (Reader reader = Files.newBufferedReader(DEPLOY.resolve(file))) {
            return (Map<String, Object>) new Yaml(new LoaderOptions()).load(reader);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @Test
    void everyTrackerNodeUsesTheWholeReplicaSetAndPrometheusScrapesEachOfThem() throws IOException {
        Map<String, Object> services = map(yaml("compose/compose.yaml").get("services"));
        List<String> trackers = services.keySet().stream().filter(name -> name.startsWith("tracker")).toList();
        List<String> mongos = services.keySet().stream().filter(name -> name.matches("mongo\\d")).toList();

        assertThat(trackers).hasSizeGreaterThanOrEqualTo(2);
        assertThat(mongos).hasSize(3);
        for (String tracker : trackers) {
            String uri = (String) map(map(services.get(tracker)).get("environment")).get("TRACKER_MONGO_URI");
            assertThat(uri).as(tracker).contains("replicaSet=rs0");
            mongos.forEach(mongo -> assertThat(uri).as(tracker).contains(mongo + ":27017"));
        }
        String init = String.join(" ", (List<String>) map(services.get("mongo-init")).get("command"));
        mongos.forEach(mongo -> assertThat(init).contains("'" + mongo + ":27017'"));

        Map<String, Object> job = map(((List<Object>) yaml("monitoring/prometheus.yml").get("scrape_configs")).get(0));
        List<String> targets = (List<String>) map(((List<Object>) job.get("static_configs")).get(0)).get("targets");
        assertThat(targets).containsExactlyInAnyOrderElementsOf(trackers.stream().map(t -> t + ":8080").toList());
        assertThat(job.get("metrics_path")).isEqualTo("/actuator/prometheus");
    }

    @Test
    void theImageBuildsEveryModuleOfTheProject() throws IOException {
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        String dockerfile = Files.readString(DEPLOY.resolve("docker/Dockerfile"));
        Matcher modules = Pattern.compile("<module>([^<]+)</module>").matcher(pom);
        List<String> named = new ArrayList<>();
        while (modules.find()) {
            named.add(modules.group(1));
        }

        assertThat(named).contains("tracker-web");
        for (String module : named) {
            assertThat(dockerfile).as(module).containsPattern("COPY " + module + "(/pom.xml)? ");
        }
    }

    @Test
    void theDashboardAsksOnlyForMetersTheTrackerHas() throws IOException {
        JsonNode dashboard = JsonMapper.builder().build().readTree(
                DEPLOY.resolve("monitoring/grafana/dashboards/tracker.json").toFile());
        String sources;
        try (Stream<Path> files = Files.walk(ROOT)) {
            StringBuilder all = new StringBuilder();
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/"))
                                  .toList()) {
                all.append(Files.readString(file));
            }
            sources = all.toString();
        }

        assertThat(dashboard.path("panels").size()).isGreaterThan(0);
        for (JsonNode panel : dashboard.path("panels")) {
            String expr = panel.path("targets").get(0).path("expr").asString();
            Matcher meter = Pattern.compile("tracker_[a-z_]+").matcher(expr);
            assertThat(meter.find()).as(expr).isTrue();
            do {
                String name = meter.group().replaceAll("_(seconds_)?(count|sum|max|bucket)$", "")
                                     .replaceAll("_seconds$", "").replace('_', '.');
                assertThat(sources).as(panel.path("title").asString()).contains("\"" + name + "\"");
            } while (meter.find());
        }
    }

    @Test
    void theKubernetesNodesProbeHealthAndTakeTheStoreFromASecret() throws IOException {
        String manifests = Files.readString(DEPLOY.resolve("kubernetes/tracker.yaml"));
        List<Map<String, Object>> documents = new ArrayList<>();
        new Yaml(new LoaderOptions()).loadAll(manifests).forEach(doc -> documents.add(map(doc)));

        assertThat(documents).extracting(doc -> doc.get("kind")).containsExactly("Deployment", "Service");
        assertThat(manifests).contains("/actuator/health/readiness", "/actuator/health/liveness", "secretRef");
    }
}
