package nl.samenspraak.dialogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of many partners' answers at one step: tallies of options, the distribution of positions on a
 * scale, the aggregate of a ranking. Shown when a room reveals a step, and in summaries.
 */
public final class Aggregates {

    private Aggregates() {
    }

    public record Tally(String optionId, String label, int count) {
    }

    /** Positions on a scale: how many at each, the mean, the spread (standard deviation) and a plain label. */
    public record ScaleSummary(List<Bin> histogram, double mean, double spread, int n, String agreement) {
    }

    public record Bin(int position, int count) {
    }

    /** A ranking's aggregate: the mean position of each option (1 = first), best first. */
    public record RankScore(String optionId, String label, double meanPosition) {
    }

    public static List<Tally> tally(Step step, Collection<Object> values) {
        if (step.type() != NodeType.CHOICE && step.type() != NodeType.MULTI) {
            return null;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        step.options().forEach(o -> counts.put(o.id(), 0));
        for (Object value : values) {
            for (Object id : value instanceof List<?> ids ? ids : List.of(value)) {
                counts.computeIfPresent(String.valueOf(id), (k, n) -> n + 1);
            }
        }
        return step.options().stream().map(o -> new Tally(o.id(), o.label(), counts.get(o.id()))).toList();
    }

    public static ScaleSummary scale(Step step, Collection<Object> values) {
        if (step.type() != NodeType.SCALE || values.isEmpty()) {
            return null;
        }
        List<Integer> positions = values.stream().map(v -> ((Number) v).intValue()).toList();
        List<Bin> histogram = new ArrayList<>();
        for (int p = step.min(); p <= step.max(); p++) {
            int position = p;
            histogram.add(new Bin(p, (int) positions.stream().filter(x -> x == position).count()));
        }
        double mean = positions.stream().mapToInt(Integer::intValue).average().orElse(0);
        double spread = Math.sqrt(positions.stream().mapToDouble(x -> (x - mean) * (x - mean)).average().orElse(0));
        return new ScaleSummary(histogram, round(mean), round(spread), positions.size(),
                agreement(mean, spread, step.max() - step.min()));
    }

    /**
     * A plain word for a distribution of positions, relative to the scale's width: close together is broad
     * agreement, together but off centre is leaning, far apart is divided.
     */
    public static String agreement(double mean, double spread, int width) {
        double relativeSpread = spread / width;
        if (relativeSpread > 0.25) {
            return "divided";
        }
        if (Math.abs(mean) / (width / 2.0) >= 0.34) {
            return "leaning";
        }
        return "broad-agreement";
    }

    public static List<RankScore> ranking(Step step, Collection<Object> values) {
        if (step.type() != NodeType.RANK || values.isEmpty()) {
            return null;
        }
        Map<String, Double> total = new LinkedHashMap<>();
        for (Object value : values) {
            List<?> order = (List<?>) value;
            for (int i = 0; i < order.size(); i++) {
                total.merge(String.valueOf(order.get(i)), (double) (i + 1), Double::sum);
            }
        }
        return step.options().stream()
                .map(o -> new RankScore(o.id(), o.label(), round(total.getOrDefault(o.id(), 0.0) / values.size())))
                .sorted(Comparator.comparingDouble(RankScore::meanPosition)).toList();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
