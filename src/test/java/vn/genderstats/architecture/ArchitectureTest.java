package vn.genderstats.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Features depend one way along the data's path (README, "Looking for something in particular?"), the office's
 * reference data depends on no feature, the statistics both checks and reports use depend on nothing of the
 * product, and each table is queried only by the package that owns it.
 */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.genderstats");

    static final Path SOURCES = Path.of("src/main/java/vn/genderstats");

    @Test
    void featuresHaveNoCycles() {
        slices().matching("vn.genderstats.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void catalogueAndHierarchyDependOnNoOtherFeature() {
        noClasses().that().resideInAnyPackage("vn.genderstats.catalog..", "vn.genderstats.hierarchy..")
                .should().dependOnClassesThat().resideInAnyPackage(features("form", "ingest", "validate", "aggregate",
                        "approval", "report", "submit", "nightly", "cli", "bench", "generate", "account", "web"))
                .check(CLASSES);
    }

    @Test
    void formsAndRulesKnowNothingOfTheJobs() {
        noClasses().that().resideInAnyPackage(features("form", "validate"))
                .should().dependOnClassesThat().resideInAnyPackage(features("ingest", "aggregate", "approval", "report",
                        "submit", "nightly", "cli"))
                .check(CLASSES);
    }

    @Test
    void ingestGoesToFormsRulesAndReferenceDataOnly() {
        noClasses().that().resideInAPackage("vn.genderstats.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage(features("aggregate", "approval", "report", "submit",
                        "nightly", "cli"))
                .check(CLASSES);
    }

    @Test
    void aggregateGoesToReferenceDataAndWhatCameIn() {
        noClasses().that().resideInAPackage("vn.genderstats.aggregate..")
                .should().dependOnClassesThat().resideInAnyPackage(features("form", "validate", "approval", "report",
                        "submit", "nightly", "cli"))
                .check(CLASSES);
    }

    @Test
    void reportsAndExportsComeAfterTheRollUp() {
        noClasses().that().resideInAnyPackage(features("report", "submit"))
                .should().dependOnClassesThat().resideInAnyPackage(features("nightly", "cli"))
                .check(CLASSES);
    }

    @Test
    void nothingButTheCommandLineKnowsThePortal() {
        noClasses().that().resideOutsideOfPackages("vn.genderstats.web..", "vn.genderstats.cli..")
                .should().dependOnClassesThat().resideInAPackage("vn.genderstats.web..")
                .check(CLASSES);
    }

    @Test
    void accountsKnowOnlyTheUnitsAndWhoMaySendForWhom() {
        noClasses().that().resideInAPackage("vn.genderstats.account..")
                .should().dependOnClassesThat().resideInAnyPackage(features("aggregate", "approval", "report", "submit",
                        "nightly", "cli", "web", "form", "validate"))
                .check(CLASSES);
    }

    @Test
    void statisticsDependOnNothingButTheJdk() {
        classes().that().resideInAPackage("vn.genderstats.statistics..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("vn.genderstats.statistics..", "java..")
                .check(CLASSES);
    }

    @Test
    void onlyTheCommandLineLaunchesJobs() {
        noClasses().that().resideOutsideOfPackage("vn.genderstats.cli..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.batch.core.launch.JobOperator")
                .check(CLASSES);
    }

    @Test
    void sqlOnATableOnlyInItsOwner() {
        assertThat(SqlOwnership.trespasses(SOURCES)).isEmpty();
    }

    @Test
    void theScanFindsTablesInTextBlocksAndLiterals() {
        String source = "class A { String a = \"\"\"\n    select x from observation o\n    join admin_unit u\"\"\";"
                + " String b = \"delete from \" + \"finding where 1 = 1\"; /* from report_due */ }";
        assertThat(SqlOwnership.sqlText(source)).contains("from observation o", "join admin_unit", "delete from  finding")
                .doesNotContain("report_due");
    }

    private static String[] features(String... names) {
        return java.util.Arrays.stream(names).map(n -> "vn.genderstats." + n + "..").toArray(String[]::new);
    }
}
