package nl.samenspraak.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How an answer reads, wherever it is shown: option labels instead of ids, chosen labels joined by commas,
 * list items by semicolons, a ranking numbered ({@code 1. …; 2. …}), a scale position as its number and in
 * words between the poles ({@code +2: neigt naar ‘…’}). The one rendering of answers: the server sends it with
 * every answer and pages show it, so that an answer reads the same in the chat, the room and the exports.
 */
public final class Display {

    private Display() {
    }

    /** An answer to a step as it was rendered for someone, in the language of that rendering. */
    public static String of(Step step, Object value, String language) {
        return of(step.type(), step.options(), step.poles(), step.min(), step.max(), value, language);
    }

    /** An answer given the rendered texts it is read with: the options' labels and the poles. */
    static String of(NodeType type, List<Step.OptionView> options, Step.PolesView poles, Integer min, Integer max,
                     Object value, String language) {
        if (value == null) {
            return "";
        }
        return switch (type) {
            case CHOICE -> label(options, value.toString());
            case MULTI -> strings(value).stream().map(id -> label(options, id)).collect(Collectors.joining(", "));
            case RANK -> {
                List<String> ids = strings(value);
                List<String> places = new ArrayList<>();
                for (int i = 0; i < ids.size(); i++) {
                    places.add((i + 1) + ". " + label(options, ids.get(i)));
                }
                yield String.join("; ", places);
            }
            case LIST -> String.join("; ", strings(value));
            case SCALE -> value instanceof Number n && min != null && max != null
                    ? position(n.intValue(), min, max, poles, language) : value.toString();
            default -> value.toString();
        };
    }

    /** How every position of a scale reads, from min to max: what a slider says while it moves. */
    static List<Step.ScaleWord> scaleWords(int min, int max, Step.PolesView poles, String language) {
        List<Step.ScaleWord> words = new ArrayList<>();
        for (int value = min; value <= max; value++) {
            words.add(new Step.ScaleWord(value, position(value, min, max, poles, language)));
        }
        return words;
    }

    /**
     * A position in words, by its distance from the middle as a share of the way to the pole: all the way is
     * fully, half of it or more is leaning, less is slightly.
     */
    private static String position(int value, int min, int max, Step.PolesView poles, String language) {
        double middle = (min + max) / 2.0;
        String words;
        if (value == middle) {
            words = AnswerWords.get(language, "answer.scale.middle");
        } else {
            boolean left = value < middle;
            double share = left ? (middle - value) / (middle - min) : (value - middle) / (max - middle);
            String pole = poles == null ? "" : left ? poles.left() : poles.right();
            String degree = share >= 1 ? "fully" : share >= 0.5 ? "leaning" : "slightly";
            words = AnswerWords.get(language, "answer.scale." + degree, pole);
        }
        return AnswerWords.get(language, "answer.scale.position", value > 0 ? "+" + value : String.valueOf(value), words);
    }

    private static String label(List<Step.OptionView> options, String optionId) {
        return options == null ? optionId : options.stream().filter(o -> o.id().equals(optionId))
                .map(Step.OptionView::label).findFirst().orElse(optionId);
    }

    /** The items of a list value as strings; anything else has none. */
    static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }
}
