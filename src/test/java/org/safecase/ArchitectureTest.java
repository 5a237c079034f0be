package org.safecase;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Embeddable;
import jakarta.inject.Named;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.safecase.identity.Caller;
import org.safecase.identity.Role;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Keeps the boundaries of STYLE.md. */
class ArchitectureTest {
    private static final String ROOT = "org.safecase.";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.safecase");

    private static final DescribedPredicate<JavaClass> PAGE_BEAN = DescribedPredicate.describe("are page beans (@Named *View)",
            type -> type.getSimpleName().endsWith("View") && type.isAnnotatedWith(Named.class));

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
    void item5_featuresDoNotDependOnEachOtherInCycles() {
        slices().matching("org.safecase.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /**
     * A feature's entities are its own: others go through its boundary, by id, so a table changes
     * with one feature. {@code demo} is exempt: it seeds every feature's tables in one go, as a
     * fixture would, and is not part of any journey.
     */
    @Test
    void item5_noFeatureUsesAnotherFeaturesEntities() {
        classes().that().areAnnotatedWith(Entity.class).or().areAnnotatedWith(Embeddable.class)
                .should(beAccessedOnlyFromTheirOwnFeatureOr("demo"))
                .check(CLASSES);
    }

    /**
     * A page bean backs one page and gets what it needs from boundaries; leaning on another page's
     * bean ties two pages' life cycles together and skips the boundary's checks.
     */
    @Test
    void item5_pageBeansDoNotUseOtherPageBeans() {
        noClasses().that(PAGE_BEAN).should().dependOnClassesThat(PAGE_BEAN).check(CLASSES);
    }

    /**
     * Rights are decided in one place: which roles may do what is identity's {@code Authorisation};
     * pages and boundaries ask it (a {@code CaseRights} per case) instead of checking roles.
     * {@code demo} is exempt: it creates the demo users with their roles.
     */
    @Test
    void item5_onlyIdentityChecksRoles() {
        noClasses().that().resideOutsideOfPackages("org.safecase.identity..", "org.safecase.demo..")
                .should().dependOnClassesThat().belongToAnyOf(Role.class)
                .orShould().callMethod(Caller.class, "has", Role.class)
                .orShould().callMethod(Caller.class, "hasAny", Role[].class)
                .check(CLASSES);
    }

    private static ArchCondition<JavaClass> beAccessedOnlyFromTheirOwnFeatureOr(String exempt) {
        return new ArchCondition<>("be used only from their own feature (or " + exempt + ")") {
            @Override
            public void check(JavaClass entity, ConditionEvents events) {
                String feature = featureOf(entity);
                entity.getDirectDependenciesToSelf().stream()
                        .filter(dependency -> {
                            String from = featureOf(dependency.getOriginClass());
                            return from != null && !from.equals(feature) && !from.equals(exempt);
                        })
                        .forEach(dependency -> events.add(
                                SimpleConditionEvent.violated(dependency, dependency.getDescription())));
            }
        };
    }

    private static String featureOf(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT)) {
            return null;
        }
        String rest = name.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
