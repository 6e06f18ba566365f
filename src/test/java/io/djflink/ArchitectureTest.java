package io.djflink;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering each package's {@code package-info.java} states, enforced: a dependency that goes
 * up a layer, or a cycle between packages, fails the build.
 */
@AnalyzeClasses(packages = "io.djflink", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layersOnlyDependDownwards = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Cli").definedBy("io.djflink.cli..")
            .layer("Job").definedBy("io.djflink.job..")
            .layer("Runtime").definedBy("io.djflink.runtime..")
            .layer("Plan").definedBy("io.djflink.plan..")
            .layer("Partition").definedBy("io.djflink.partition..")
            .layer("Config").definedBy("io.djflink.config..")
            .layer("Events").definedBy("io.djflink.events..")
            .layer("Storage").definedBy("io.djflink.storage..")
            .layer("Ops").definedBy("io.djflink.ops..")
            .layer("Python").definedBy("io.djflink.python..")
            .whereLayer("Cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("Job").mayOnlyBeAccessedByLayers("Cli")
            .whereLayer("Runtime").mayOnlyBeAccessedByLayers("Job")
            .whereLayer("Plan").mayOnlyBeAccessedByLayers("Job", "Runtime")
            .whereLayer("Partition").mayOnlyBeAccessedByLayers("Job", "Runtime", "Plan")
            .whereLayer("Config").mayOnlyBeAccessedByLayers("Cli", "Job", "Runtime", "Plan", "Partition")
            .whereLayer("Events").mayOnlyBeAccessedByLayers("Cli", "Job", "Runtime")
            .whereLayer("Storage").mayOnlyBeAccessedByLayers("Cli", "Job", "Runtime", "Plan", "Partition", "Config",
                    "Events")
            .whereLayer("Python").mayOnlyBeAccessedByLayers("Ops", "Storage");

    @ArchTest
    static final ArchRule storageLayersOnlyDependDownwards = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Export").definedBy("io.djflink.storage.export..")
            .layer("JobDir").definedBy("io.djflink.storage.jobdir..")
            .layer("Outputs").definedBy("io.djflink.storage.outputs..")
            .layer("Records").definedBy("io.djflink.storage.records..")
            .layer("Input").definedBy("io.djflink.storage.input..")
            .layer("Codec").definedBy("io.djflink.storage.codec..")
            .whereLayer("Export").mayNotBeAccessedByAnyLayer()
            .whereLayer("JobDir").mayOnlyBeAccessedByLayers("Export")
            .whereLayer("Outputs").mayOnlyBeAccessedByLayers("Export", "JobDir")
            .whereLayer("Records").mayOnlyBeAccessedByLayers("Export", "Outputs")
            .whereLayer("Input").mayNotBeAccessedByAnyLayer();

    @ArchTest
    static final ArchRule runtimeLayersOnlyDependDownwards = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Topology").definedBy("io.djflink.runtime")
            .layer("Session").definedBy("io.djflink.runtime.session..")
            .layer("Source").definedBy("io.djflink.runtime.source..")
            .layer("Global").definedBy("io.djflink.runtime.global..")
            .layer("Operators").definedBy("io.djflink.runtime.operators..")
            .layer("Element").definedBy("io.djflink.runtime.element..")
            .layer("EventLog").definedBy("io.djflink.runtime.eventlog..")
            .whereLayer("Topology").mayNotBeAccessedByAnyLayer()
            .whereLayer("Session").mayOnlyBeAccessedByLayers("Topology")
            .whereLayer("Source").mayOnlyBeAccessedByLayers("Topology")
            .whereLayer("Global").mayOnlyBeAccessedByLayers("Topology", "Source")
            .whereLayer("Operators").mayOnlyBeAccessedByLayers("Topology", "Source", "Global");

    @ArchTest
    static final ArchRule topLevelPackagesAreFreeOfCycles = slices().matching("io.djflink.(*)..").should()
            .beFreeOfCycles();

    @ArchTest
    static final ArchRule storagePackagesAreFreeOfCycles = slices().matching("io.djflink.storage.(*)..").should()
            .beFreeOfCycles();

    @ArchTest
    static final ArchRule runtimePackagesAreFreeOfCycles = slices().matching("io.djflink.runtime.(*)..").should()
            .beFreeOfCycles();

    @ArchTest
    static final ArchRule opsAreIndependentOfFlink = noClasses().that().resideInAPackage("io.djflink.ops..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.flink..");

    @ArchTest
    static final ArchRule pythonUsesNothingOfDjFlink = noClasses().that().resideInAPackage("io.djflink.python..")
            .should().dependOnClassesThat().resideOutsideOfPackages("io.djflink.python..", "java..", "javax..",
                    "com.fasterxml.jackson.core..");

    @ArchTest
    static final ArchRule jsonUsesNothingOfDjFlink = noClasses().that().resideInAPackage("io.djflink.json..")
            .should().dependOnClassesThat().resideOutsideOfPackages("io.djflink.json..", "java..",
                    "com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule formatRegistryShapeUsesNothingOfDjFlink = noClasses().that()
            .resideInAPackage("io.djflink.storage").should().dependOnClassesThat()
            .resideOutsideOfPackages("io.djflink.storage", "java..");
}
