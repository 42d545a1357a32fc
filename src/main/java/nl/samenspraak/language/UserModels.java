package nl.samenspraak.language;

import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * OpenNLP models that a user put in the folder {@code samenspraak.nlp.models-dir}. Every {@code *.bin}
 * file there is read; its manifest says what it is (a tokenizer, a sentence detector, ...) and for which
 * language, so the official file names ({@code opennlp-nl-ud-alpino-tokens-1.3-2.5.4.bin}) work as they
 * are, and so do short ones ({@code nl-token.bin}). When the manifest names no language the pipeline
 * knows, the file name decides ({@code nl-...}, {@code ...-nl-...}). A file that cannot be read stops
 * start-up with its name: a configured model that is silently skipped would be worse.
 */
record UserModels(Map<String, TokenizerModel> tokenizers, Map<String, SentenceModel> sentenceDetectors) {

    private static final Logger log = LoggerFactory.getLogger(UserModels.class);

    static UserModels none() {
        return new UserModels(Map.of(), Map.of());
    }

    static UserModels load(Path folder) {
        if (folder == null) {
            return none();
        }
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("samenspraak.nlp.models-dir is " + folder.toAbsolutePath()
                    + ", which is not a folder; create it or leave the property unset to use the built-in rules");
        }
        Map<String, TokenizerModel> tokenizers = new HashMap<>();
        Map<String, SentenceModel> sentenceDetectors = new HashMap<>();
        Map<String, Path> seen = new HashMap<>();
        for (Path file : modelFiles(folder)) {
            Properties manifest = manifest(file);
            String component = manifest.getProperty("Component-Name", "");
            String language = language(manifest.getProperty("Language"), file);
            if (!component.equals("TokenizerME") && !component.equals("SentenceDetectorME")) {
                log.info("Ignoring the OpenNLP model {}: a {} model, which the pipeline does not use", file, component);
                continue;
            }
            if (language == null) {
                log.warn("Ignoring the OpenNLP model {}: its language is neither nl nor en (by its manifest or its name)", file);
                continue;
            }
            Path earlier = seen.putIfAbsent(component + "/" + language, file);
            if (earlier != null) {
                throw new IllegalStateException("Two " + component + " models for '" + language + "' in samenspraak.nlp.models-dir: "
                        + earlier + " and " + file + "; keep one");
            }
            try {
                if (component.equals("TokenizerME")) {
                    tokenizers.put(language, new TokenizerModel(file));
                } else {
                    sentenceDetectors.put(language, new SentenceModel(file));
                }
            } catch (IOException | RuntimeException e) {
                throw unreadable(file, e);
            }
            log.info("Using the OpenNLP {} model {} for '{}'", component, file, language);
        }
        return new UserModels(Map.copyOf(tokenizers), Map.copyOf(sentenceDetectors));
    }

    private static List<Path> modelFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".bin")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list samenspraak.nlp.models-dir " + folder.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    /** An OpenNLP model is a zip file with a {@code manifest.properties} entry. */
    private static Properties manifest(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry("manifest.properties");
            if (entry == null) {
                throw new IOException("it has no manifest.properties, so it is not an OpenNLP model");
            }
            Properties manifest = new Properties();
            try (InputStream in = zip.getInputStream(entry)) {
                manifest.load(in);
            }
            return manifest;
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static String language(String declared, Path file) {
        String code = declared == null ? "" : declared.toLowerCase(Locale.ROOT);
        if (List.of("nl", "nld", "dut").contains(code)) {
            return "nl";
        }
        if (List.of("en", "eng").contains(code)) {
            return "en";
        }
        String name = "-" + file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String language : List.of("nl", "en")) {
            if (name.contains("-" + language + "-") || name.contains("-" + language + ".")) {
                return language;
            }
        }
        return null;
    }

    private static IllegalStateException unreadable(Path file, Exception cause) {
        return new IllegalStateException("Cannot read the OpenNLP model " + file.toAbsolutePath() + ": " + cause.getMessage(), cause);
    }
}
