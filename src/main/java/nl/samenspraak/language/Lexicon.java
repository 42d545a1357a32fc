package nl.samenspraak.language;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The domain lexicon of {@code dialogues/nlp/lexicon.yaml}: concepts of the field (financiering, Wmo,
 * ontmoetingsruimte, ouderen, ...), each with its terms in Dutch and English and the broader concepts it is
 * a kind of. Terms are kept as the lemmas the pipeline gives them, so that "korte lijnen" in the file finds
 * "kort lijn" in an answer and a facilitator can write terms as people say them. Themes and matches use
 * it: two answers that name one concept, or a concept and its broader one, share that concept.
 */
final class Lexicon {

    static final String FILE = "lexicon.yaml";
    private static final int MAX_BROADER_DEPTH = 3;

    /** One concept found in a text: which, and the tokens it covers (end exclusive). */
    record Found(String concept, int start, int end) {
    }

    private final Map<String, String> conceptOfTerm = new HashMap<>();
    /** Terms of two or more content words by those words alone, so that "thuis kunnen blijven wonen" finds "thuis blijven wonen". */
    private final Map<String, String> conceptOfContent = new HashMap<>();
    private final Map<String, List<String>> broader = new HashMap<>();
    /** Both ways: "huismeester" related to "signalering" is "signalering" related to "huismeester". */
    private final Map<String, Set<String>> related = new HashMap<>();
    private final Set<String> light = new java.util.HashSet<>();
    private int longestTerm = 1;

    /**
     * @param tokens how the pipeline of this language reads a term: its tokens in order, stop words included
     */
    Lexicon(String language, Function<String, List<Token>> tokens) {
        JsonNode root = YAMLMapper.builder().build().readTree(ShippedFiles.text(FILE));
        JsonNode concepts = root.path("concepts");
        if (!concepts.isArray()) {
            throw new IllegalStateException(ShippedFiles.FOLDER + FILE + ": expected a list 'concepts'");
        }
        Set<String> ids = new LinkedHashSet<>();
        concepts.forEach(concept -> ids.add(concept.path("id").asString()));
        for (JsonNode concept : concepts) {
            String id = concept.path("id").asString();
            List<String> up = known(ids, id, "broader", concept);
            broader.put(id, List.copyOf(up));
            for (String other : known(ids, id, "related", concept)) {
                related.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(other);
                related.computeIfAbsent(other, k -> new LinkedHashSet<>()).add(id);
            }
            if (concept.path("light").asBoolean(false)) {
                light.add(id);
            }
            for (JsonNode term : concept.path(language)) {
                List<Token> read = tokens.apply(term.asString());
                List<String> content = read.stream().filter(Token::content).map(Token::lemma).toList();
                if (!read.isEmpty()) {
                    conceptOfTerm.putIfAbsent(String.join(" ", read.stream().map(Token::lemma).toList()), id);
                    longestTerm = Math.max(longestTerm, read.size());
                }
                if (content.size() > 1) {
                    conceptOfContent.putIfAbsent(String.join(" ", content), id);
                }
            }
        }
    }

    /** The concept a single lemma (a word or a compound's part) names, or null. */
    String conceptOf(String lemma) {
        return conceptOfTerm.get(lemma);
    }

    /**
     * The concepts named in a sentence, not overlapping: first the terms of several words as written (longest
     * first), then the terms of several content words with other words between them ("thuis kunnen blijven
     * wonen" for "thuis blijven wonen"), never across punctuation, then single words.
     */
    List<Found> find(List<Token> sentence) {
        boolean[] covered = new boolean[sentence.size()];
        List<Found> found = new ArrayList<>(asWritten(sentence, covered, 2));
        found.addAll(withWordsBetween(sentence, covered));
        found.addAll(asWritten(sentence, covered, 1));
        found.sort(java.util.Comparator.comparingInt(Found::start));
        return found;
    }

    private List<Found> asWritten(List<Token> sentence, boolean[] covered, int shortest) {
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < sentence.size()) {
            int matched = 0;
            for (int length = Math.min(longestTerm, sentence.size() - i); length >= shortest && matched == 0; length--) {
                String concept = uncovered(covered, i, i + length) ? conceptOfTerm.get(lemmas(sentence.subList(i, i + length))) : null;
                if (concept != null) {
                    found.add(new Found(concept, i, i + length));
                    java.util.Arrays.fill(covered, i, i + length, true);
                    matched = length;
                }
            }
            i += Math.max(matched, 1);
        }
        return found;
    }

    private static boolean uncovered(boolean[] covered, int from, int to) {
        for (int i = from; i < to; i++) {
            if (covered[i]) {
                return false;
            }
        }
        return true;
    }

    /** The lemmas of a run of tokens joined by spaces, or null when punctuation is among them. */
    private static String lemmas(List<Token> run) {
        StringBuilder joined = new StringBuilder();
        for (Token token : run) {
            if (token.lemma() == null) {
                return null;
            }
            joined.append(joined.isEmpty() ? "" : " ").append(token.lemma());
        }
        return joined.toString();
    }

    private List<Found> withWordsBetween(List<Token> sentence, boolean[] covered) {
        List<Found> found = new ArrayList<>();
        List<Integer> content = new ArrayList<>();
        for (int i = 0; i <= sentence.size(); i++) {
            boolean open = i < sentence.size() && !covered[i] && sentence.get(i).lemma() != null;
            if (open && sentence.get(i).content()) {
                content.add(i);
            }
            if (!open) {
                found.addAll(inRun(sentence, content, covered));
                content.clear();
            }
        }
        return found;
    }

    /** Longest first, the content-word terms in one stretch of uncovered words (indexes of its content words). */
    private List<Found> inRun(List<Token> sentence, List<Integer> content, boolean[] covered) {
        List<Found> found = new ArrayList<>();
        int at = 0;
        while (at < content.size()) {
            int matched = 0;
            for (int length = Math.min(longestTerm, content.size() - at); length >= 2 && matched == 0; length--) {
                List<String> words = content.subList(at, at + length).stream().map(i -> sentence.get(i).lemma()).toList();
                String concept = conceptOfContent.get(String.join(" ", words));
                if (concept != null) {
                    found.add(new Found(concept, content.get(at), content.get(at + length - 1) + 1));
                    java.util.Arrays.fill(covered, content.get(at), content.get(at + length - 1) + 1, true);
                    matched = length;
                }
            }
            at += Math.max(matched, 1);
        }
        return found;
    }

    /**
     * Whether a concept is light: a word like "ondersteuning" or "korte lijnen" that says little until the
     * phrase after it says with what or with whom ("korte lijnen met de wijkverpleging").
     */
    boolean light(String concept) {
        return light.contains(concept);
    }

    /** The concepts a concept names in its field {@code field} ("broader", "related"), each checked to exist. */
    private static List<String> known(Set<String> ids, String id, String field, JsonNode concept) {
        List<String> named = new ArrayList<>();
        concept.path(field).forEach(n -> named.add(n.asString()));
        for (String other : named) {
            if (!ids.contains(other) || other.equals(id)) {
                throw new IllegalStateException(ShippedFiles.FOLDER + FILE + ": concept '" + id + "' names "
                        + (other.equals(id) ? "itself" : "an unknown concept '" + other + "'") + " in '" + field + "'");
            }
        }
        return named;
    }

    /**
     * The concepts related to a concept without being the same or a kind of it: what one partner offers for what
     * another seeks, in the field's own knowledge ("huisbezoek" and "signalering", "huismeester" and "signalering").
     */
    Set<String> relatedTo(String concept) {
        return related.getOrDefault(concept, Set.of());
    }

    /** The broader concepts of a concept, nearest first, up to three steps up. */
    List<String> broaderOf(String concept) {
        Set<String> result = new LinkedHashSet<>();
        List<String> level = broader.getOrDefault(concept, List.of());
        for (int depth = 0; depth < MAX_BROADER_DEPTH && !level.isEmpty(); depth++) {
            List<String> next = new ArrayList<>();
            for (String up : level) {
                if (!up.equals(concept) && result.add(up)) {
                    next.addAll(broader.getOrDefault(up, List.of()));
                }
            }
            level = next;
        }
        return List.copyOf(result);
    }
}
