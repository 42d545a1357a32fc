package nl.samenspraak.dialogue.catalog;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every property the dialogue schema declares has a description, which editors show as help when an author
 * hovers over a field. An {@code if} only tests a node's type and declares nothing, so it needs none.
 */
class DialogueSchemaTest {

    @Test
    void everyPropertyHasADescriptionForTheEditorsHoverHelp() throws IOException {
        JsonNode schema = JsonMapper.builder().build().readTree(Files.readString(Path.of(DialogueLoader.SCHEMA_RESOURCE)));
        List<String> undescribed = new ArrayList<>();
        collectUndescribed(schema, "", undescribed);
        assertThat(undescribed).as("schema properties without a description").isEmpty();
    }

    private static void collectUndescribed(JsonNode schema, String pointer, List<String> undescribed) {
        schema.properties().forEach(entry -> {
            String at = pointer + "/" + entry.getKey();
            JsonNode value = entry.getValue();
            if (entry.getKey().equals("properties") && value.isObject()) {
                value.properties().forEach(property -> {
                    if (property.getValue().path("description").asString("").isBlank()) {
                        undescribed.add(at + "/" + property.getKey());
                    }
                });
            }
            if (!entry.getKey().equals("if") && (value.isObject() || value.isArray())) {
                if (value.isArray()) {
                    for (int i = 0; i < value.size(); i++) {
                        collectUndescribed(value.get(i), at + "/" + i, undescribed);
                    }
                } else {
                    collectUndescribed(value, at, undescribed);
                }
            }
        });
    }
}
