package nl.samenspraak.web;

import java.util.regex.Pattern;

/** Keeps what people wrote from being read as Markdown structure or HTML when it goes into a Markdown file. */
public final class Markdown {

    private Markdown() {
    }

    private static final Pattern INLINE = Pattern.compile("([\\\\`*_{}\\[\\]<>#|~&!])");
    private static final Pattern LINE_START = Pattern.compile("^([-+=>])", Pattern.MULTILINE);
    private static final Pattern NUMBERED = Pattern.compile("^(\\d+)([.)])", Pattern.MULTILINE);

    /**
     * Escapes the characters that make inline markup, links, tags and entities anywhere, and the ones that
     * start a list, heading, rule or quote at the start of a line; indentation (a code block) is dropped.
     * Ordinary punctuation of prose (commas, full stops, question marks) stays as it is.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        String stripped = text.lines().map(String::stripLeading).reduce((a, b) -> a + "\n" + b).orElse("");
        String inline = INLINE.matcher(stripped).replaceAll("\\\\$1");
        String lines = LINE_START.matcher(inline).replaceAll("\\\\$1");
        return NUMBERED.matcher(lines).replaceAll("$1\\\\$2");
    }
}
