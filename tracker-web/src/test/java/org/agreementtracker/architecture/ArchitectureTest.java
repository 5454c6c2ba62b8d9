package org.agreementtracker.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules of docs/architecture.md that the compiler does not enforce. Classes are told apart by the module they
 * come from, not by package: a business concept (such as {@code meeting}) has a package in each module it touches.
 */
class ArchitectureTest {

    private static JavaClasses module(String name) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption((Location location) -> location.contains("/" + name + "/"))
                .importPackages("org.agreementtracker");
    }

    private static final JavaClasses API = module("tracker-api");
    private static final JavaClasses COMMAND = module("tracker-command");
    private static final JavaClasses QUERY = module("tracker-query");

    @Test
    void theSharedLanguageKnowsNoFrameworkButAxonsMessageAnnotations() {
        noClasses().should().dependOnClassesThat()
                   .resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..", "jakarta.servlet..")
                   .because("tracker-api is the language both sides share: records, no Spring, no persistence")
                   .check(API);
    }

    @Test
    void messagesAreRecords() {
        classes().that().areAnnotatedWith(Revision.class).should().beRecords()
                 .because("commands, events and queries are small immutable records")
                 .check(API);
    }

    @Test
    void theReadSideNeverReachesIntoTheWriteSide() {
        noClasses().should().dependOnClassesThat(DescribedPredicate.<JavaClass>describe(
                           "classes of tracker-command", javaClass -> COMMAND.contain(javaClass.getName())))
                   .because("data flows one way: tracker-query reads events, never aggregates or the event store")
                   .check(QUERY);
    }

    @Test
    void neitherSideKnowsTheWebLayer() {
        ArchRule noWeb = noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework.web..", "org.springframework.security..", "jakarta.servlet..")
                .because("commands and queries are reached through Axon's buses, whatever calls them");
        noWeb.check(COMMAND);
        noWeb.check(QUERY);
    }
}
