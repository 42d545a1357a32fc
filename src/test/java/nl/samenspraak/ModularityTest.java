package nl.samenspraak;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The feature packages depend on each other only through their published types, and never in a cycle. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(SamenspraakApplication.class);

    @Test
    void featureBoundariesHold() {
        modules.verify();
    }

    @Test
    void theDialogueEngineStaysPure() {
        assertThat(modules.getModuleByName("dialogue")).hasValueSatisfying(dialogue ->
                assertThat(dialogue.getBootstrapDependencies(modules)).isEmpty());
        ArchRule pure = noClasses().that().resideInAPackage("nl.samenspraak.dialogue..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..",
                        "org.springframework.jdbc..", "org.springframework.data..", "org.springframework.transaction..",
                        "jakarta.servlet..", "java.sql..", "java.net.http..",
                        "nl.samenspraak.answer..", "nl.samenspraak.conversation..", "nl.samenspraak.web..")
                .because("the engine works on values only; storage and the network belong to other features");
        pure.check(new ClassFileImporter().importPackages("nl.samenspraak.dialogue"));
    }
}
