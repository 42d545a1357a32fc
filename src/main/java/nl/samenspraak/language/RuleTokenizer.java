package nl.samenspraak.language;

import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built-in tokenizer, used when no tokenizer model is configured for a language. OpenNLP's
 * {@code SimpleTokenizer} splits at every change of character class, which tears Dutch words apart
 * ("auto's", "zo'n", "e-mail", "o.a."); these rules keep such words whole, so that stemming and stop
 * words see what a reader sees. Known abbreviations keep their dots; other punctuation is a token of its own.
 */
final class RuleTokenizer implements Tokenizer {

    /** Letters separated by dots, ending in a dot: a token only when it is a known abbreviation. */
    private static final Pattern DOTTED = Pattern.compile("\\p{L}+(?:\\.\\p{L}+)*\\.");
    /** A number ("12", "2,5", "1.000", "10:30") not glued to letters ("75-plussers" is a word). */
    private static final Pattern NUMBER = Pattern.compile("\\p{N}++(?:[.,:/]\\p{N}++)*+(?![\\p{L}\\p{N}'’-])");
    /** Letters and digits, with inner apostrophes and hyphens ("auto's", "zo'n", "e-mail", "don't"). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:['’-][\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*");
    /** A leading apostrophe form: "'s avonds", "'t", "'n". */
    private static final Pattern ELISION = Pattern.compile("['’](?:s|t|n)(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern ELLIPSIS = Pattern.compile("\\.{2,}");

    private final Abbreviations abbreviations;

    RuleTokenizer(Abbreviations abbreviations) {
        this.abbreviations = abbreviations;
    }

    @Override
    public String[] tokenize(String text) {
        return Span.spansToStrings(tokenizePos(text), text);
    }

    @Override
    public Span[] tokenizePos(String text) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int end = tokenEnd(text, i);
            spans.add(new Span(i, end));
            i = end;
        }
        return spans.toArray(new Span[0]);
    }

    private int tokenEnd(String text, int start) {
        Matcher dotted = DOTTED.matcher(text).region(start, text.length());
        if (dotted.lookingAt() && abbreviations.contains(dotted.group())) {
            return dotted.end();
        }
        for (Pattern pattern : new Pattern[] {NUMBER, WORD, ELISION, ELLIPSIS}) {
            Matcher matcher = pattern.matcher(text).region(start, text.length());
            if (matcher.lookingAt()) {
                return matcher.end();
            }
        }
        return start + Character.charCount(text.codePointAt(start));
    }
}
