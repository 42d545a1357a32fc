package nl.samenspraak.room;

import nl.samenspraak.dialogue.NodeType;
import nl.samenspraak.dialogue.Step;
import nl.samenspraak.room.RoomViews.Bin;
import nl.samenspraak.room.RoomViews.RankScore;
import nl.samenspraak.room.RoomViews.ScaleSummary;
import nl.samenspraak.room.RoomViews.Tally;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The figures shown when a step is revealed: tallies, the spread of positions, the aggregate of a ranking. */
final class RoomAggregates {

    private RoomAggregates() {
    }

    static List<Tally> tally(Step step, Collection<Object> values) {
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

    static ScaleSummary scale(Step step, Collection<Object> values) {
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
    static String agreement(double mean, double spread, int width) {
        double relativeSpread = spread / width;
        if (relativeSpread > 0.25) {
            return "divided";
        }
        if (Math.abs(mean) / (width / 2.0) >= 0.34) {
            return "leaning";
        }
        return "broad-agreement";
    }

    static List<RankScore> ranking(Step step, Collection<Object> values) {
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
