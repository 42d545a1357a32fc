package nl.samenspraak.dialogue;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The item a foreach is at: an option chosen in a multi node, or one entry of a list answer, with the
 * option's attributes already in the participant's language.
 */
record Item(String id, String label, int index, int count, Map<String, String> attributes) {

    /** The item as expressions see it: {@code item.id}, {@code item.label}, {@code item.left}, ... */
    Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>(attributes);
        map.put("id", id);
        map.put("label", label);
        map.put("index", index);
        map.put("count", count);
        return map;
    }
}
