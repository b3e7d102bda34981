package vn.genderstats.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Features depend one way along the data's path, the office's reference data depends on no feature, and the
 * statistics both checks and reports use depend on nothing of the product.
 */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.genderstats");

    @Test
    void featuresHaveNoCycles() {
        slices().matching("vn.genderstats.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void catalogueAndHierarchyDependOnNoOtherFeature() {
        noClasses().that().resideInAnyPackage("vn.genderstats.catalog..", "vn.genderstats.hierarchy..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.genderstats.form..", "vn.genderstats.ingest..",
                        "vn.genderstats.validate..", "vn.genderstats.store..", "vn.genderstats.aggregate..",
                        "vn.genderstats.report..", "vn.genderstats.nightly..", "vn.genderstats.cli..")
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
}
