package org.agreementtracker.pages;

import org.agreementtracker.api.actor.Role;
import org.agreementtracker.api.agreement.AgreementEvent;
import org.agreementtracker.api.agreement.AgreementKind;
import org.agreementtracker.api.agreement.AgreementStatus;
import org.agreementtracker.api.milestone.IndicatorStatus;
import org.agreementtracker.api.milestone.MilestoneStatus;
import org.agreementtracker.api.milestone.ReportStatus;
import org.agreementtracker.api.review.Confidence;
import org.agreementtracker.api.review.ImplementationScore;
import org.agreementtracker.pages.board.BoardSort;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every label the pages show comes from the message bundle, so that a translation is one file to write. */
class MessagesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates/pages");
    /** {@code #{board.title}} or {@code #{board.showing(...)}}: a key written out in a template */
    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");

    private static Properties messages() throws IOException {
        Properties messages = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/messages.properties")) {
            messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return messages;
    }

    @Test
    void everyKeyATemplateNamesIsInTheBundle() throws IOException {
        Properties messages = messages();
        List<String> missing = new ArrayList<>();
        int found = 0;
        try (Stream<Path> templates = Files.list(TEMPLATES)) {
            for (Path template : templates.toList()) {
                Matcher key = LITERAL_KEY.matcher(Files.readString(template));
                while (key.find()) {
                    found++;
                    if (!messages.containsKey(key.group(1))) {
                        missing.add(template.getFileName() + ": " + key.group(1));
                    }
                }
            }
        }
        assertThat(found).as("keys found in the templates").isGreaterThan(100);
        assertThat(missing).isEmpty();
    }

    @Test
    void everyValueAPageNamesHasALabel() throws IOException {
        Properties messages = messages();
        Map<String, Enum<?>[]> labelled = Map.of(
                "status.", AgreementStatus.values(), "kind.", AgreementKind.values(),
                "confidence.", Confidence.values(), "score.", ImplementationScore.values(),
                "milestone.status.", MilestoneStatus.values(), "report.status.", ReportStatus.values(),
                "indicator.status.", IndicatorStatus.values(), "board.sort.", BoardSort.values(),
                "board.count.confidence.", Confidence.values(), "role.", Role.values());
        List<String> missing = new ArrayList<>();
        labelled.forEach((prefix, values) -> {
            for (Enum<?> value : values) {
                if (!messages.containsKey(prefix + value.name())) {
                    missing.add(prefix + value.name());
                }
            }
        });
        for (int status : new int[]{400, 403, 404, 409, 500}) {
            Stream.of(".title", ".text").map(part -> "error." + status + part)
                  .filter(key -> !messages.containsKey(key)).forEach(missing::add);
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEventOfAnAgreementHasAWordInItsHistory() throws IOException {
        Properties messages = messages();
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(AgreementEvent.class));
        List<String> types = scanner.findCandidateComponents("org.agreementtracker.api").stream()
                                    .map(BeanDefinition::getBeanClassName)
                                    .map(name -> name.substring(name.lastIndexOf('.') + 1))
                                    .toList();

        assertThat(types).as("the events found").contains("AgreementSigned", "MilestoneReportCorrected");
        assertThat(types).filteredOn(type -> !messages.containsKey("history.type." + type)).isEmpty();
    }
}
