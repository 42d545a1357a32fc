package nl.samenspraak.language;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a text names concretely and what it leaves abstract: the numbers and names in it (who, where, when,
 * how many), its specific content words, and its container words ("samenwerking", "verbinding",
 * "vertrouwen": the vague-word list of its language). The vague-or-concrete classifier reads these as
 * features beside the words, and a vague verdict shows the container words as its evidence.
 */
record Specificity(int numbers, int names, int specific, List<String> containers) {

    static Specificity of(List<List<Token>> sentences, Set<String> vagueLemmas) {
        int numbers = 0;
        int names = 0;
        int specific = 0;
        Set<String> containers = new LinkedHashSet<>();
        for (List<Token> sentence : sentences) {
            for (int i = 0; i < sentence.size(); i++) {
                Token token = sentence.get(i);
                if (token.pos() == PartOfSpeech.NUMBER) {
                    numbers++;
                } else if (token.pos() == PartOfSpeech.PROPER_NOUN && i > 0) {
                    names++;
                } else if (token.content() && vagueLemmas.contains(token.lemma())) {
                    containers.add(token.normal());
                } else if (token.content() && token.pos().nominal()) {
                    specific++;
                }
            }
        }
        return new Specificity(numbers, names, specific, List.copyOf(containers));
    }

    /** Shape features: what kinds of concrete things are named, in coarse buckets. */
    List<String> features() {
        List<String> features = new ArrayList<>();
        features.add("#numbers=" + bucket(numbers));
        features.add("#names=" + bucket(names));
        features.add("#specific=" + bucket(specific));
        features.add("#containers=" + bucket(containers.size()));
        features.add(containers.size() >= specific ? "#mostly-containers" : "#mostly-specific");
        return features;
    }

    /** Whether nothing concrete is named: no number, no name, no specific noun. */
    boolean namesNothing() {
        return numbers == 0 && names == 0 && specific == 0;
    }

    private static String bucket(int count) {
        return count >= 3 ? "3+" : String.valueOf(count);
    }
}
