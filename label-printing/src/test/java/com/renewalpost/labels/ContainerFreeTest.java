package com.renewalpost.labels;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The letters, labels and PDFs are plain Java: usable (and tested) without a Jakarta EE container. */
@AnalyzeClasses(packages = "com.renewalpost.labels", importOptions = ImportOption.DoNotIncludeTests.class)
class ContainerFreeTest {

    @ArchTest
    static final ArchRule noJakartaApi = noClasses().should().dependOnClassesThat().resideInAPackage("jakarta..")
            .because("label-printing is a plain library; the WAR wires it into the container");
}
