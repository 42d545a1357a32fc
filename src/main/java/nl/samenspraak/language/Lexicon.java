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
    private final Map<String, List<String>> broader = new HashMap<>();
    private int longestTerm = 1;

    /**
     * @param lemmas how the pipeline of this language reads a term: its lemmas in order, stop words included
     */
    Lexicon(String language, Function<String, List<String>> lemmas) {
        JsonNode root = YAMLMapper.builder().build().readTree(ShippedFiles.text(FILE));
        JsonNode concepts = root.path("concepts");
        if (!concepts.isArray()) {
            throw new IllegalStateException(ShippedFiles.FOLDER + FILE + ": expected a list 'concepts'");
        }
        Set<String> ids = new LinkedHashSet<>();
        concepts.forEach(concept -> ids.add(concept.path("id").asString()));
        for (JsonNode concept : concepts) {
            String id = concept.path("id").asString();
            List<String> up = new ArrayList<>();
            concept.path("broader").forEach(b -> up.add(b.asString()));
            for (String b : up) {
                if (!ids.contains(b)) {
                    throw new IllegalStateException(ShippedFiles.FOLDER + FILE + ": concept '" + id
                            + "' names an unknown broader concept '" + b + "'");
                }
            }
            broader.put(id, List.copyOf(up));
            for (JsonNode term : concept.path(language)) {
                List<String> key = lemmas.apply(term.asString());
                if (!key.isEmpty()) {
                    conceptOfTerm.putIfAbsent(String.join(" ", key), id);
                    longestTerm = Math.max(longestTerm, key.size());
                }
            }
        }
    }

    /** The concept a single lemma (a word or a compound's part) names, or null. */
    String conceptOf(String lemma) {
        return conceptOfTerm.get(lemma);
    }

    /** The concepts named in a run of lemmas (null for punctuation), longest terms first, not overlapping. */
    List<Found> find(List<String> lemmas) {
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < lemmas.size()) {
            int matched = 0;
            for (int length = Math.min(longestTerm, lemmas.size() - i); length >= 1 && matched == 0; length--) {
                List<String> run = lemmas.subList(i, i + length);
                if (run.contains(null)) {
                    continue;
                }
                String concept = conceptOfTerm.get(String.join(" ", run));
                if (concept != null) {
                    found.add(new Found(concept, i, i + length));
                    matched = length;
                }
            }
            i += Math.max(matched, 1);
        }
        return found;
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
