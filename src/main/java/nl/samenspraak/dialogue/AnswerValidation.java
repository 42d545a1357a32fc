package nl.samenspraak.dialogue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a raw answer value (as decoded from JSON) against its node and returns it in its plain form:
 * trimmed text, a list of trimmed items, an option id, a list of option ids, or a whole number.
 * Every refusal names the field and says exactly what does not fit.
 */
final class AnswerValidation {

    private AnswerValidation() {
    }

    static Object validate(Node node, Object value, String field) {
        return switch (node.type()) {
            case TEXT -> text(node, value, field);
            case LIST -> list(node, value, field);
            case CHOICE -> choice(node, value, field);
            case MULTI -> multi(node, value, field);
            case SCALE -> scale(node, value, field);
            case RANK -> rank(node, value, field);
            default -> throw new AnswerRejectedException(field, "step '" + node.id() + "' takes no answer");
        };
    }

    static int words(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    private static String text(Node node, Object value, String field) {
        String text = string(value, field, "text").strip();
        if (text.isEmpty() && node.minWords() == 0) {
            return text;
        }
        if (text.isEmpty()) {
            throw new AnswerRejectedException(field, "the answer is empty");
        }
        if (text.length() > node.maxChars()) {
            throw new AnswerRejectedException(field, "the answer has " + text.length()
                    + " characters; at most " + node.maxChars() + " are allowed");
        }
        int words = words(text);
        if (words < node.minWords()) {
            throw new AnswerRejectedException(field, "the answer has " + words + " word(s); at least "
                    + node.minWords() + " are needed");
        }
        if (words > node.maxWords()) {
            throw new AnswerRejectedException(field, "the answer has " + words + " words; at most "
                    + node.maxWords() + " are allowed");
        }
        return text;
    }

    private static List<String> list(Node node, Object value, String field) {
        List<?> raw = array(value, field, "a list of texts");
        List<String> items = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String itemField = field + "[" + i + "]";
            String item = string(raw.get(i), itemField, "text").strip();
            if (item.isEmpty()) {
                throw new AnswerRejectedException(itemField, "item " + (i + 1) + " is empty");
            }
            if (item.length() > node.maxItemChars()) {
                throw new AnswerRejectedException(itemField, "item " + (i + 1) + " has " + item.length()
                        + " characters; at most " + node.maxItemChars() + " are allowed");
            }
            items.add(item);
        }
        count(items.size(), node.minItems(), node.maxItems(), field, "item");
        return List.copyOf(items);
    }

    private static String choice(Node node, Object value, String field) {
        String id = string(value, field, "an option id");
        knownOption(node, id, field);
        return id;
    }

    private static List<String> multi(Node node, Object value, String field) {
        List<String> ids = optionIds(node, value, field);
        count(ids.size(), node.minSelected(), node.maxSelected(), field, "option");
        return ids;
    }

    private static List<String> rank(Node node, Object value, String field) {
        List<String> ids = optionIds(node, value, field);
        Set<String> all = node.options().stream().map(Option::id).collect(Collectors.toSet());
        if (!new HashSet<>(ids).equals(all)) {
            List<String> missing = node.options().stream().map(Option::id).filter(id -> !ids.contains(id)).toList();
            throw new AnswerRejectedException(field, "a ranking orders every option; missing: " + String.join(", ", missing));
        }
        return ids;
    }

    private static int scale(Node node, Object value, String field) {
        if (!(value instanceof Integer || value instanceof Long || value instanceof BigInteger)) {
            throw new AnswerRejectedException(field, "a position on the scale is a whole number from "
                    + node.min() + " to " + node.max() + ", not " + describe(value));
        }
        long position = ((Number) value).longValue();
        if (position < node.min() || position > node.max()) {
            throw new AnswerRejectedException(field, "the position " + position + " is outside the scale "
                    + node.min() + " to " + node.max());
        }
        return (int) position;
    }

    private static List<String> optionIds(Node node, Object value, String field) {
        List<?> raw = array(value, field, "a list of option ids");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String itemField = field + "[" + i + "]";
            String id = string(raw.get(i), itemField, "an option id");
            knownOption(node, id, itemField);
            if (ids.contains(id)) {
                throw new AnswerRejectedException(itemField, "option '" + id + "' is given twice");
            }
            ids.add(id);
        }
        return List.copyOf(ids);
    }

    private static void knownOption(Node node, String id, String field) {
        if (node.option(id).isEmpty()) {
            throw new AnswerRejectedException(field, "unknown option '" + id + "'; expected one of "
                    + node.options().stream().map(Option::id).collect(Collectors.joining(", ")));
        }
    }

    private static void count(int count, int min, int max, String field, String what) {
        if (count < min) {
            throw new AnswerRejectedException(field, "at least " + min + " " + what + "(s) needed, got " + count);
        }
        if (count > max) {
            throw new AnswerRejectedException(field, "at most " + max + " " + what + "(s) allowed, got " + count);
        }
    }

    private static String string(Object value, String field, String expected) {
        if (value instanceof String s) {
            return s;
        }
        throw new AnswerRejectedException(field, "expected " + expected + ", got " + describe(value));
    }

    private static List<?> array(Object value, String field, String expected) {
        if (value instanceof List<?> list) {
            return list;
        }
        throw new AnswerRejectedException(field, "expected " + expected + ", got " + describe(value));
    }

    private static String describe(Object value) {
        if (value == null) {
            return "nothing";
        }
        if (value instanceof List<?>) {
            return "a list";
        }
        if (value instanceof java.util.Map<?, ?>) {
            return "an object";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return "a text";
    }
}
