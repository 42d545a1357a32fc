package nl.samenspraak.dialogue;

import java.util.List;
import java.util.stream.Collectors;

/** An answer value as a participant reads it: option labels instead of ids, lists joined. */
final class Display {

    private Display() {
    }

    static String of(Node node, Object value, String language) {
        if (value == null) {
            return "";
        }
        return switch (node.type()) {
            case CHOICE -> label(node, value.toString(), language);
            case MULTI -> strings(value).stream().map(id -> label(node, id, language)).collect(Collectors.joining(", "));
            case RANK -> {
                List<String> ids = strings(value);
                StringBuilder out = new StringBuilder();
                for (int i = 0; i < ids.size(); i++) {
                    out.append(i == 0 ? "" : "; ").append(i + 1).append(". ").append(label(node, ids.get(i), language));
                }
                yield out.toString();
            }
            case LIST -> String.join("; ", strings(value));
            case SCALE -> value instanceof Integer n && n > 0 ? "+" + n : value.toString();
            default -> value.toString();
        };
    }

    private static String label(Node node, String optionId, String language) {
        return node.option(optionId).map(o -> o.label().in(language)).orElse(optionId);
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Object value) {
        return value instanceof List<?> list ? (List<String>) list : List.of();
    }
}
