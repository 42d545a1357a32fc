package nl.samenspraak.language;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * {@code samenspraak.nlp.models-dir}: an optional folder of OpenNLP model files (for example the official
 * Dutch UD tokenizer and sentence models). A tokenizer or sentence model found there replaces the built-in
 * rules for its language; without the folder the pipeline needs nothing but what ships with it.
 */
@ConfigurationProperties("samenspraak.nlp")
record LanguageProperties(Path modelsDir) {
}
