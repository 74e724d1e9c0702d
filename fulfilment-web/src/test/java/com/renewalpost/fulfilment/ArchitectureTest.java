package com.renewalpost.fulfilment;

import com.renewalpost.fulfilment.platform.ProblemException;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.inject.Named;
import jakarta.ws.rs.ext.Provider;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The dependency direction of the WAR, checked on its compiled main classes.
 * <ul>
 * <li>The top-level packages (business components and {@code platform}) form no cycle: every
 * dependency between two of them goes one way.</li>
 * <li>{@code platform} is the base: it depends on no business package (start-up steps observe its
 * {@code DatabaseReady}; business refusals extend its {@code DomainException}).</li>
 * <li>Only boundary classes use JAX-RS ({@code jakarta.ws.rs}) or Faces ({@code jakarta.faces}); control
 * and entity classes raise {@code DomainException}, which the boundaries turn into an answer. A boundary
 * class is one whose top-level class
 * <ol>
 * <li>has a simple name ending in {@code Resource}, {@code Page} or {@code Pages}, or beginning with
 * {@code Page} (the pages' shared helpers: PageMessages, PageRoles, PageLanguage, PageRequest);</li>
 * <li>is a JAX-RS provider: annotated {@code @Provider}, or implementing an interface of
 * {@code jakarta.ws.rs.container} or {@code jakarta.ws.rs.ext} (filters, features, mappers, readers),
 * or extending {@code jakarta.ws.rs.core.Application};</li>
 * <li>is {@code @Named}: a bean the pages reach through EL;</li>
 * <li>or lives in {@code platform}, which holds the plumbing every boundary shares (problem details,
 * the REST application, the web filters).</li>
 * </ol></li>
 * </ul>
 */
@AnalyzeClasses(packages = "com.renewalpost.fulfilment", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String BASE = "com.renewalpost.fulfilment";

    @ArchTest
    static final ArchRule packagesFormNoCycle = slices().matching(BASE + ".(*)..")
            .as("top-level packages of " + BASE)
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule platformKnowsNoBusinessPackage = noClasses().that().resideInAPackage(BASE + ".platform..")
            .should().dependOnClassesThat(resideInAPackage(BASE + "..")
                    .and(DescribedPredicate.not(resideInAPackage(BASE + ".platform..")))
                    .as("reside in a business package"))
            .because("platform is the base every business package builds on");

    @ArchTest
    static final ArchRule onlyBoundariesUseJaxRsOrFaces = noClasses()
            .that(DescribedPredicate.not(boundary()))
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.faces..")
            .because("control and entity classes raise DomainException; boundaries give it a status or a page message");

    @ArchTest
    static final ArchRule onlyBoundariesRaiseHttpProblems = noClasses()
            .that(DescribedPredicate.not(boundary()))
            .should().dependOnClassesThat().areAssignableTo(ProblemException.class)
            .because("ProblemException is the boundaries' own; control classes raise DomainException");

    private static DescribedPredicate<JavaClass> boundary() {
        return DescribedPredicate.describe("boundary classes (see the class comment)", type -> {
            var top = outermost(type);
            var name = top.getSimpleName();
            return name.endsWith("Resource") || name.endsWith("Page") || name.endsWith("Pages") || name.startsWith("Page")
                    || top.isAnnotatedWith(Provider.class) || top.isAnnotatedWith(Named.class)
                    || top.getAllRawInterfaces().stream().anyMatch(i -> i.getPackageName().startsWith("jakarta.ws.rs.container")
                            || i.getPackageName().startsWith("jakarta.ws.rs.ext"))
                    || top.isAssignableTo(jakarta.ws.rs.core.Application.class)
                    || top.getPackageName().startsWith(BASE + ".platform");
        });
    }

    private static JavaClass outermost(JavaClass type) {
        var top = type;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }
}
