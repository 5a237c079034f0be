package org.safecase;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Keeps the boundaries of STYLE.md. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.safecase");

    @Test
    void onlyTheWorkflowFeatureUsesEngineInternals() {
        noClasses().that().resideOutsideOfPackage("org.safecase.workflow..")
                .should().dependOnClassesThat().resideInAPackage("org.flowable..impl..")
                .check(CLASSES);
    }

    @Test
    void pagesAndRestResourcesNeverTouchTheEntityManagerOrTheEngine() {
        noClasses().that().haveSimpleNameEndingWith("View").or().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .orShould().dependOnClassesThat().resideInAPackage("org.flowable..")
                .check(CLASSES);
    }

    @Test
    void pagesAndRestResourcesDoNotStartTransactions() {
        noClasses().that().haveSimpleNameEndingWith("View").or().haveSimpleNameEndingWith("Resource")
                .should().beAnnotatedWith(jakarta.transaction.Transactional.class)
                .check(CLASSES);
    }

    /** A feature that needs another's work asks for it; two features never need each other. */
    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching("org.safecase.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
