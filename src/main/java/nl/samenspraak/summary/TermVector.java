package nl.samenspraak.summary;

import nl.samenspraak.language.TextProfile;

import java.util.HashMap;
import java.util.Map;

/** A sum of profiles: the centre of a group of texts, compared by cosine like the texts themselves. */
final class TermVector {

    private final Map<String, Double> weights = new HashMap<>();
    private final Map<String, String> labels = new HashMap<>();
    private double squares;

    void add(TextProfile profile) {
        profile.terms().values().forEach(term -> {
            double before = weights.getOrDefault(term.key(), 0.0);
            double after = before + term.weight();
            weights.put(term.key(), after);
            labels.putIfAbsent(term.key(), term.label());
            squares += after * after - before * before;
        });
    }

    void add(TermVector other) {
        other.weights.forEach((key, weight) -> {
            double before = weights.getOrDefault(key, 0.0);
            double after = before + weight;
            weights.put(key, after);
            labels.putIfAbsent(key, other.labels.get(key));
            squares += after * after - before * before;
        });
    }

    double weight(String key) {
        return weights.getOrDefault(key, 0.0);
    }

    Map<String, Double> weights() {
        return weights;
    }

    String label(String key) {
        return labels.get(key);
    }

    double similarity(TextProfile profile) {
        double norms = Math.sqrt(squares) * profile.norm();
        if (norms == 0) {
            return 0;
        }
        double dot = 0;
        for (TextProfile.Term term : profile.terms().values()) {
            dot += term.weight() * weight(term.key());
        }
        return dot / norms;
    }

    double similarity(TermVector other) {
        double norms = Math.sqrt(squares) * Math.sqrt(other.squares);
        if (norms == 0) {
            return 0;
        }
        Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
        Map<String, Double> large = small == weights ? other.weights : weights;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            dot += e.getValue() * large.getOrDefault(e.getKey(), 0.0);
        }
        return dot / norms;
    }
}
