package org.microcred.deploy.checks;

import java.util.List;
import java.util.Map;

/**
 * One object of a built overlay, as parsed YAML (maps, lists, scalars), with null-safe access by path.
 *
 * @param source where it came from (overlay or file, and document number), for messages
 */
record KubeObject(Map<String, Object> raw, String source) {

    String apiVersion() {
        return string("apiVersion");
    }

    String kind() {
        Object kind = raw.get("kind");
        return kind == null ? "" : kind.toString();
    }

    String name() {
        return string("metadata", "name");
    }

    /** {@code Kind/name}, as messages name objects. */
    String id() {
        return kind() + "/" + name();
    }

    boolean is(String kind) {
        return kind().equals(kind);
    }

    /** The value at that path of map keys, or null when any step is missing or not a map. */
    Object at(String... path) {
        return at(raw, path);
    }

    String string(String... path) {
        Object value = at(path);
        return value == null ? null : value.toString();
    }

    Map<String, Object> map(String... path) {
        return asMap(at(path));
    }

    List<Object> list(String... path) {
        return asList(at(path));
    }

    static Object at(Object root, String... path) {
        Object current = root;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> asList(Object value) {
        return value instanceof List<?> list ? (List<Object>) list : List.of();
    }
}
