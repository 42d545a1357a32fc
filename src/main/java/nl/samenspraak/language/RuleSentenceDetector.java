package nl.samenspraak.language;

import opennlp.tools.sentdetect.SentenceDetector;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * The built-in sentence splitter, used when no sentence model is configured for a language (no Dutch
 * model can be had from Maven Central). A sentence ends at a line break, or at '.', '!', '?' or '…'
 * (with any closing quotes or brackets) followed by white space and a word that does not start in lower
 * case. A full stop does not end a sentence after a known abbreviation ("bijv.", "o.a.", "mevr."), an
 * initial ("J. de Vries") or a list number at the start of a line ("1. Eerst"); abbreviations that often
 * close a sentence ("enz.", "etc.") do end one when a capital follows. Bullets at the start of a line
 * are not part of the sentence.
 */
final class RuleSentenceDetector implements SentenceDetector {

    private static final String TERMINATORS = ".!?…";
    private static final String CLOSERS = "\"'”’)]»";
    private static final String BULLETS = "-*•–·";

    private final Abbreviations abbreviations;

    RuleSentenceDetector(Abbreviations abbreviations) {
        this.abbreviations = abbreviations;
    }

    @Override
    public String[] sentDetect(CharSequence text) {
        return Span.spansToStrings(sentPosDetect(text), text);
    }

    @Override
    public Span[] sentPosDetect(CharSequence text) {
        List<Span> sentences = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = lineStart;
            while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            splitLine(text, lineStart, lineEnd, sentences);
            lineStart = lineEnd + 1;
        }
        return sentences.toArray(new Span[0]);
    }

    private void splitLine(CharSequence text, int lineStart, int lineEnd, List<Span> sentences) {
        int start = skipBullet(text, skipSpace(text, lineStart, lineEnd), lineEnd);
        int i = start;
        while (i < lineEnd) {
            if (TERMINATORS.indexOf(text.charAt(i)) < 0) {
                i++;
                continue;
            }
            int end = i;
            while (end < lineEnd && TERMINATORS.indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            boolean singleStop = end - i == 1 && text.charAt(i) == '.';
            while (end < lineEnd && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            if (end < lineEnd && !Character.isWhitespace(text.charAt(end))) {
                i = end;
                continue;
            }
            int next = skipSpace(text, end, lineEnd);
            if (next < lineEnd && endsSentence(text, start, i, singleStop, next)) {
                add(text, start, end, sentences);
                start = next;
            }
            i = next;
        }
        add(text, start, lineEnd, sentences);
    }

    /** Whether the terminator at {@code stop} ends a sentence, given the next word starts at {@code next}. */
    private boolean endsSentence(CharSequence text, int sentenceStart, int stop, boolean singleStop, int next) {
        if (Character.isLowerCase(Character.codePointAt(text, next))) {
            return false;
        }
        if (!singleStop) {
            return true;
        }
        int wordStart = stop;
        while (wordStart > sentenceStart && (Character.isLetterOrDigit(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = text.subSequence(wordStart, stop + 1).toString();
        if (abbreviations.contains(word)) {
            return abbreviations.mayEndSentence(word);
        }
        boolean initial = word.length() == 2 && Character.isUpperCase(word.charAt(0));
        boolean listNumber = wordStart == sentenceStart && word.chars().limit(word.length() - 1).allMatch(Character::isDigit);
        return !initial && !listNumber;
    }

    private static void add(CharSequence text, int start, int end, List<Span> sentences) {
        Span span = new Span(start, end).trim(text);
        if (span.length() > 0) {
            sentences.add(span);
        }
    }

    private static int skipSpace(CharSequence text, int i, int end) {
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipBullet(CharSequence text, int i, int end) {
        if (i + 1 < end && BULLETS.indexOf(text.charAt(i)) >= 0 && Character.isWhitespace(text.charAt(i + 1))) {
            return skipSpace(text, i + 1, end);
        }
        return i;
    }
}
