package nl.samenspraak;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feature packages depend on each other only as their {@code package-info.java} allows (docs/architecture.md
 * draws it), only through their published types, and never in a cycle.
 */
class ModularityTest {

    private static final String DIALOGUE = "nl.samenspraak.dialogue";
    private static final Path DIAGRAMS = Path.of("docs/modules");

    // Static, so that the classes are read and the modules worked out once for the class: JUnit makes an instance
    // per test, and reading them took most of this class's time, once per test.
    private static final ApplicationModules modules = ApplicationModules.of(SamenspraakApplication.class);
    private static final JavaClasses application = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("nl.samenspraak");

    @Test
    void featureBoundariesHold() {
        modules.verify();
    }

    /**
     * Writes the module diagrams into docs/modules (committed; docs/architecture.md shows them): one of all
     * modules, one per module with its neighbours. UML style, so PlantUML renders them without fetching C4 macros.
     */
    @Test
    void writesTheModuleDiagrams() throws IOException {
        DiagramOptions uml = DiagramOptions.defaults().withStyle(DiagramOptions.DiagramStyle.UML);
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DIAGRAMS.toString()))
                .writeModulesAsPlantUml(uml)
                .writeIndividualModulesAsPlantUml(uml);
        try (Stream<Path> files = Files.list(DIAGRAMS)) {
            for (Path file : files.toList()) {
                Files.write(file, inStableOrder(Files.readAllLines(file)));
            }
        }
        assertThat(DIAGRAMS.resolve("components.puml")).content().contains("Dialogue");
    }

    /**
     * The diagram with each run of components and of relationships sorted: Structurizr writes them in hash
     * order, which differs from run to run, and the committed files should change only when the modules do.
     */
    private static List<String> inStableOrder(List<String> lines) {
        List<String> sorted = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String line : lines) {
            if (line.strip().startsWith("component ") || line.contains(" --> ")) {
                run.add(line);
                continue;
            }
            sorted.addAll(run.stream().sorted().toList());
            run.clear();
            sorted.add(line);
        }
        sorted.addAll(run.stream().sorted().toList());
        return sorted;
    }

    /** A module without allowed dependencies may depend on anything: verify() would catch only cycles. */
    @Test
    void everyModuleDeclaresWhatItMayDependOn() {
        modules.forEach(module -> assertThat(module.getBasePackage().getAnnotation(ApplicationModule.class))
                .as("@ApplicationModule in %s/package-info.java", module.getBasePackage().getName())
                .hasValueSatisfying(declared -> assertThat(declared.allowedDependencies())
                        .doesNotContain(ApplicationModule.OPEN_TOKEN)));
    }

    @Test
    void theDialogueEngineStaysPure() {
        assertThat(modules.getModuleByName("dialogue")).hasValueSatisfying(dialogue ->
                assertThat(dialogue.getBootstrapDependencies(modules)).isEmpty());
        ArchRule noStorageNoNetwork = noClasses().that().resideInAPackage(DIALOGUE + "..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..",
                        "org.springframework.jdbc..", "org.springframework.data..", "org.springframework.transaction..",
                        "jakarta.servlet..", "java.sql..", "java.net.http..")
                .because("the engine works on values only; storage and the network belong to other features");
        noStorageNoNetwork.check(application);
        ArchRule valuesOnly = classes().that().resideInAPackage(DIALOGUE)
                .should().onlyDependOnClassesThat().resideInAnyPackage(DIALOGUE, "java..",
                        "com.fasterxml.jackson.annotation..", "org.springframework.expression..", "org.springframework.modulith")
                .because("the model and the engine know neither Spring's container nor the files they are read from:"
                        + " that is the catalog's part (dialogue.catalog)");
        valuesOnly.check(application);
    }

    /** What other features (or the catalog) do not use stays package-private, so the API shows what is used. */
    @Test
    void theDialogueApiIsWhatOthersUse() {
        List<String> unused = application.stream()
                .filter(type -> type.getPackageName().equals(DIALOGUE) && type.isTopLevelClass()
                        && type.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(type -> type.getDirectDependenciesToSelf().stream()
                        .noneMatch(use -> !use.getOriginClass().getPackageName().equals(DIALOGUE)))
                .map(JavaClass::getSimpleName).toList();
        assertThat(unused).as("public types of %s that nothing outside it uses", DIALOGUE).isEmpty();
    }
}
