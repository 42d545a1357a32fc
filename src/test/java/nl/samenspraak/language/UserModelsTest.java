package nl.samenspraak.language;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The folder of user-provided OpenNLP models ({@code samenspraak.nlp.models-dir}), tried with the English
 * UD tokenizer model from Maven Central (test dependency {@code opennlp-models-tokenizer-en}).
 */
class UserModelsTest {

    private static final String ENGLISH_TOKENIZER = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

    @TempDir
    Path models;

    @Test
    void usesATokenizerModelFromTheFolderInsteadOfTheRules() throws IOException {
        copyEnglishTokenizer(models.resolve("en-token.bin"));

        Pipeline withModel = new Pipeline("en", UserModels.load(models));
        Pipeline withRules = new Pipeline("en", UserModels.none());

        // The UD model (trained on the English Web Treebank) keeps e-mail addresses whole and splits
        // hyphenated words; the rules do the opposite. Both keep "don't" whole, unlike SimpleTokenizer.
        String text = "Mail info@samenspraak.nl about long-term care, don't wait.";
        assertThat(withModel.tokens(text).stream().map(Token::surface))
                .containsExactly("Mail", "info@samenspraak.nl", "about", "long", "-", "term", "care", ",", "don't", "wait", ".");
        assertThat(withRules.tokens(text).stream().map(Token::surface))
                .containsExactly("Mail", "info", "@", "samenspraak", ".", "nl", "about", "long-term", "care", ",", "don't", "wait", ".");
    }

    @Test
    void findsTheLanguageInTheManifestWhateverTheFileIsCalled() throws IOException {
        copyEnglishTokenizer(models.resolve(ENGLISH_TOKENIZER));

        UserModels loaded = UserModels.load(models);

        assertThat(loaded.tokenizers()).containsOnlyKeys("en");
        assertThat(loaded.sentenceDetectors()).isEmpty();
    }

    @Test
    void theAnalyserStartsWithTheFolderAndKeepsTheOtherLanguageOnItsRules() throws IOException {
        copyEnglishTokenizer(models.resolve("en-token.bin"));

        LanguageAnalyser analyser = new LanguageAnalyser(new LanguageProperties(models));

        assertThat(analyser.lemmas("Mail info@samenspraak.nl about long-term care.", "en")).contains("info@samenspraak.nl", "long", "term");
        assertThat(analyser.lemmas("Zo'n buurt-app helpt de vrijwilligers.", "nl")).containsExactly("buurt-app", "helpen", "vrijwilliger");
    }

    @Test
    void anUnreadableModelFileStopsStartUpNamingTheFile() throws IOException {
        Files.writeString(models.resolve("nl-token.bin"), "not a model");

        assertThatThrownBy(() -> UserModels.load(models)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Cannot read the OpenNLP model").hasMessageContaining("nl-token.bin");
    }

    @Test
    void aZipWithoutManifestIsNotAModel() throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(models.resolve("nl-sent.bin")))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes());
        }

        assertThatThrownBy(() -> UserModels.load(models)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nl-sent.bin").hasMessageContaining("not an OpenNLP model");
    }

    @Test
    void aMissingFolderIsNamed() {
        Path missing = models.resolve("nowhere");

        assertThatThrownBy(() -> new LanguageAnalyser(new LanguageProperties(missing))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("samenspraak.nlp.models-dir").hasMessageContaining(missing.toString());
    }

    @Test
    void twoModelsForTheSameJobAreRefused() throws IOException {
        copyEnglishTokenizer(models.resolve("en-token.bin"));
        copyEnglishTokenizer(models.resolve(ENGLISH_TOKENIZER));

        assertThatThrownBy(() -> UserModels.load(models)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("en-token.bin").hasMessageContaining(ENGLISH_TOKENIZER);
    }

    private static void copyEnglishTokenizer(Path target) throws IOException {
        try (InputStream in = UserModelsTest.class.getClassLoader().getResourceAsStream(ENGLISH_TOKENIZER)) {
            assertThat(in).as(ENGLISH_TOKENIZER + " on the test classpath").isNotNull();
            Files.copy(in, target);
        }
    }
}
