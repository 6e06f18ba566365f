package io.djflink.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A YAML value together with where it was written, so that every error can name its file and
 * line. Jackson's own tree forgets locations, hence this small tree.
 */
sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

    Origin origin();

    /** The value as plain Java: String, Long, BigInteger, Double, Boolean, null, List or Map. */
    Object toPlain();

    /** How the value reads in an error message: {@code "x"}, {@code 3}, {@code a list [a, b]}. */
    String render();

    /**
     * @param value as YAML typed it (String, Long, BigInteger, Double, Boolean or null)
     * @param text the scalar as written, without quotes: string-valued keys take this, so that
     *     {@code job_id: 007} stays {@code "007"}
     */
    record Scalar(Object value, String text, Origin origin) implements YamlNode {

        boolean isNull() {
            return value == null;
        }

        @Override
        public Object toPlain() {
            return value;
        }

        @Override
        public String render() {
            return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
        }
    }

    record Sequence(List<YamlNode> items, Origin origin) implements YamlNode {

        @Override
        public List<Object> toPlain() {
            List<Object> out = new ArrayList<>();
            for (YamlNode item : items) {
                out.add(item.toPlain());
            }
            return out;
        }

        @Override
        public String render() {
            return "a list " + toPlain();
        }
    }

    /** A mapping; command-line overrides change it in place before it is read. */
    final class Mapping implements YamlNode {

        /** @param keyOrigin where the key was written: errors about the key's value point here */
        record Entry(Origin keyOrigin, YamlNode value) {
        }

        private final Map<String, Entry> entries = new LinkedHashMap<>();
        private final Origin origin;

        Mapping(Origin origin) {
            this.origin = origin;
        }

        @Override
        public Origin origin() {
            return origin;
        }

        Entry get(String key) {
            return entries.get(key);
        }

        /** @return the entry this one replaced, or null */
        Entry put(String key, Origin keyOrigin, YamlNode value) {
            return entries.put(key, new Entry(keyOrigin, value));
        }

        Set<String> keys() {
            return Collections.unmodifiableSet(entries.keySet());
        }

        @Override
        public Map<String, Object> toPlain() {
            Map<String, Object> out = new LinkedHashMap<>();
            entries.forEach((key, entry) -> out.put(key, entry.value().toPlain()));
            return out;
        }

        @Override
        public String render() {
            return "a mapping " + toPlain();
        }
    }
}
