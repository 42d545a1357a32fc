package nl.samenspraak.language;

import java.util.List;
import java.util.Set;

/**
 * Finds the condition a commitment is tied to ("als de financiering structureel is", "mits …", "onder
 * voorwaarde dat …"): from its marker to the end of the clause. The markers are the shipped lists
 * {@code conditions-<lang>.txt}.
 */
final class Conditions {

    private static final Set<String> CLAUSE_OPENERS = Set.of("maar", "alleen", "en", "but", "only", "and");

    private final List<List<String>> anywhere;
    private final List<List<String>> clauseStart;

    Conditions(String language) {
        List<String> lines = ShippedFiles.lines("conditions-" + language + ".txt");
        this.anywhere = lines.stream().filter(l -> !l.startsWith("^")).map(Conditions::words).toList();
        this.clauseStart = lines.stream().filter(l -> l.startsWith("^")).map(l -> words(l.substring(1))).toList();
    }

    /** The condition clause in a text's tokens, as written; null when it has none. */
    String find(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            boolean startsClause = i == 0 || tokens.get(i - 1).lemma() == null
                    || CLAUSE_OPENERS.contains(tokens.get(i - 1).normal());
            if (matches(tokens, i, anywhere) || startsClause && matches(tokens, i, clauseStart)) {
                int end = i + 1;
                while (end < tokens.size() && !clauseEnd(tokens.get(end))) {
                    end++;
                }
                if (end > i + 1) {
                    return String.join(" ", tokens.subList(i, end).stream().map(Token::surface).toList());
                }
            }
        }
        return null;
    }

    private static boolean matches(List<Token> tokens, int at, List<List<String>> markers) {
        for (List<String> marker : markers) {
            if (at + marker.size() <= tokens.size()
                    && marker.equals(tokens.subList(at, at + marker.size()).stream().map(Token::normal).toList())) {
                return true;
            }
        }
        return false;
    }

    private static boolean clauseEnd(Token token) {
        return token.lemma() == null && token.pos() != PartOfSpeech.NUMBER && !token.surface().equals("-");
    }

    private static List<String> words(String marker) {
        return List.of(marker.strip().split("\\s+"));
    }
}
