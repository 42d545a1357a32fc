package nl.samenspraak.web;

/** Keeps what people wrote from being read as Markdown structure or HTML when it goes into a Markdown file. */
public final class Markdown {

    private Markdown() {
    }

    /**
     * Escapes every ASCII punctuation character (CommonMark allows a backslash before any of them) and the
     * indentation of each line, so no list, heading, rule, code block, link, entity or tag can arise.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        String stripped = text.lines().map(String::stripLeading).reduce((a, b) -> a + "\n" + b).orElse("");
        return stripped.replaceAll("([!-/:-@\\[-`{-~])", "\\\\$1");
    }
}
