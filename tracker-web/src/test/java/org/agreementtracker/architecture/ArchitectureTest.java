package org.agreementtracker.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import org.agreementtracker.api.planted.MessageThatIsNoRecord;
import org.agreementtracker.api.planted.SpringInTheSharedLanguage;
import org.agreementtracker.architecture.planted.ControllerThatReadsTheEventStore;
import org.agreementtracker.architecture.planted.ControllerWithTheEventStore;
import org.agreementtracker.architecture.planted.QueriesThatKnowTheServletApi;
import org.agreementtracker.board.ReadModelThatLoadsTheAggregate;
import org.agreementtracker.plantedone.First;
import org.agreementtracker.plantedtwo.Second;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of docs/architecture.md that the compiler does not enforce. Classes are told apart by the module they come
 * from, not by package: a business concept (such as {@code meeting}) has a package in each module it touches. Each
 * rule is checked against the tracker, and against a class planted in the test sources that breaks it, to show that
 * the rule can fail.
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
    private static final JavaClasses WEB = module("tracker-web");

    private static final ArchRule SHARED_LANGUAGE_KNOWS_NO_FRAMEWORK =
            noClasses().should().dependOnClassesThat()
                       .resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..", "jakarta.servlet..")
                       .because("tracker-api is the language both sides share: records, no Spring, no persistence");

    private static final ArchRule MESSAGES_ARE_RECORDS =
            classes().that().areAnnotatedWith(Revision.class).should().beRecords()
                     .because("commands and events are small immutable records");

    private static final ArchRule READ_SIDE_NEVER_REACHES_INTO_THE_WRITE_SIDE =
            noClasses().should().dependOnClassesThat(DescribedPredicate.<JavaClass>describe(
                               "classes of tracker-command", javaClass -> COMMAND.contain(javaClass.getName())))
                       .because("data flows one way: tracker-query reads events, never aggregates or the event store");

    private static final ArchRule NO_SIDE_KNOWS_THE_WEB =
            noClasses().should().dependOnClassesThat()
                       .resideInAnyPackage("org.springframework.web..", "org.springframework.security..",
                                           "jakarta.servlet..")
                       .because("commands and queries are reached through Axon's buses, whatever calls them");

    private static final ArchRule WEB_LEAVES_THE_EVENT_STORE_TO_BOTH_SIDES =
            noClasses().that().resideOutsideOfPackage("org.agreementtracker.store..")
                       .should().dependOnClassesThat().resideInAPackage("org.agreementtracker.eventstore..")
                       .because("the web layer writes by commands and reads by queries; only the store's "
                                        + "configuration builds the engine");

    private static final ArchRule CONTROLLERS_WRITE_BY_COMMANDS_AND_READ_BY_QUERIES =
            noClasses().that().areAnnotatedWith(RestController.class).or().areAnnotatedWith(Controller.class)
                       .should().dependOnClassesThat()
                       .resideInAnyPackage("org.axonframework.eventsourcing..", "org.agreementtracker.eventstore..")
                       .because("a controller sends a command or asks a query; what is recorded is the sides' "
                                        + "business (a history, a correction's event: queries)");

    private static final ArchRule NO_CYCLES_BETWEEN_PACKAGES =
            slices().matching("org.agreementtracker.(*)..").should().beFreeOfCycles()
                    .because("a package by business concept depends on what it needs, and nothing needs it back");

    private static JavaClasses planted(Class<?>... classes) {
        return new ClassFileImporter().importClasses(classes);
    }

    private static void breaks(ArchRule rule, Class<?>... planted) {
        assertThat(rule.evaluate(planted(planted)).hasViolation())
                .as("the rule '%s' catches %s", rule.getDescription(), List.of(planted)).isTrue();
    }

    @Nested
    class TheTrackerKeepsTo {

        @Test
        void aSharedLanguageThatKnowsNoFramework() {
            SHARED_LANGUAGE_KNOWS_NO_FRAMEWORK.check(API);
        }

        @Test
        void messagesThatAreRecords() {
            MESSAGES_ARE_RECORDS.check(API);
        }

        @Test
        void aReadSideThatNeverReachesIntoTheWriteSide() {
            READ_SIDE_NEVER_REACHES_INTO_THE_WRITE_SIDE.check(QUERY);
        }

        @Test
        void sidesThatDoNotKnowTheWeb() {
            NO_SIDE_KNOWS_THE_WEB.check(COMMAND);
            NO_SIDE_KNOWS_THE_WEB.check(QUERY);
        }

        @Test
        void aWebLayerThatLeavesTheEventStoreToBothSides() {
            WEB_LEAVES_THE_EVENT_STORE_TO_BOTH_SIDES.check(WEB);
        }

        @Test
        void controllersThatWriteByCommandsAndReadByQueries() {
            CONTROLLERS_WRITE_BY_COMMANDS_AND_READ_BY_QUERIES.check(WEB);
        }

        @Test
        void packagesWithoutCycles() {
            NO_CYCLES_BETWEEN_PACKAGES.check(API);
            NO_CYCLES_BETWEEN_PACKAGES.check(COMMAND);
            NO_CYCLES_BETWEEN_PACKAGES.check(QUERY);
            NO_CYCLES_BETWEEN_PACKAGES.check(WEB);
        }
    }

    @Nested
    class EachRuleCatchesAPlantedViolation {

        @Test
        void springInTheSharedLanguage() {
            breaks(SHARED_LANGUAGE_KNOWS_NO_FRAMEWORK, SpringInTheSharedLanguage.class);
        }

        @Test
        void aMessageThatIsNoRecord() {
            breaks(MESSAGES_ARE_RECORDS, MessageThatIsNoRecord.class);
        }

        @Test
        void aReadModelThatLoadsTheAggregate() {
            breaks(READ_SIDE_NEVER_REACHES_INTO_THE_WRITE_SIDE, ReadModelThatLoadsTheAggregate.class);
        }

        @Test
        void aSideThatKnowsTheServletApi() {
            breaks(NO_SIDE_KNOWS_THE_WEB, QueriesThatKnowTheServletApi.class);
        }

        @Test
        void aControllerThatReadsTheEventStore() {
            breaks(WEB_LEAVES_THE_EVENT_STORE_TO_BOTH_SIDES, ControllerThatReadsTheEventStore.class);
        }

        @Test
        void aControllerWithAxonsEventStore() {
            breaks(CONTROLLERS_WRITE_BY_COMMANDS_AND_READ_BY_QUERIES, ControllerWithTheEventStore.class);
        }

        @Test
        void twoPackagesThatNeedEachOther() {
            breaks(NO_CYCLES_BETWEEN_PACKAGES, First.class, Second.class);
        }
    }
}
