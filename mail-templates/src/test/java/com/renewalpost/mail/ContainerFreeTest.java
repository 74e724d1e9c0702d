package com.renewalpost.mail;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The email templates are plain Java: no Jakarta EE container API. Jakarta Mail (and the Activation it
 * builds on) is allowed: it is a stand-alone library here (Angus Mail in the tests), used to build the
 * MIME message, not a container service.
 */
@AnalyzeClasses(packages = "com.renewalpost.mail", importOptions = ImportOption.DoNotIncludeTests.class)
class ContainerFreeTest {

    @ArchTest
    static final ArchRule noContainerApi = noClasses().should().dependOnClassesThat(resideInAPackage("jakarta..")
                    .and(DescribedPredicate.not(resideInAnyPackage("jakarta.mail..", "jakarta.activation..")))
                    .as("belong to a Jakarta API other than Mail and Activation"))
            .because("mail-templates is a plain library; the WAR wires it into the container");
}
