package nl.samenspraak.dialogue.catalog;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * {@code samenspraak.dialogues.dir}: the folder with the dialogue files. When it does not exist, the
 * dialogues packaged with the application are used.
 */
@ConfigurationProperties("samenspraak.dialogues")
record DialogueProperties(@DefaultValue("dialogues") Path dir) {
}
