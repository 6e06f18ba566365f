package io.djflink.config;

import io.djflink.config.YamlNode.Mapping;
import io.djflink.config.YamlNode.Scalar;
import io.djflink.config.YamlNode.Sequence;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One mapping of the recipe (the top level, or a section such as {@code checkpoint:}) read key by
 * key. Typed accessors return the default for a missing or null key and throw a
 * {@link ConfigException} naming the key's location otherwise. The section remembers which keys
 * were read, so the caller can report the rest.
 */
final class ConfigSection {

    private final Mapping mapping;
    private final Origin origin;
    private final String prefix;
    private final Set<String> read = new HashSet<>();

    private ConfigSection(Mapping mapping, Origin origin, String prefix) {
        this.mapping = mapping;
        this.origin = origin;
        this.prefix = prefix;
    }

    /** @param file where the recipe is: errors about a missing top-level key point here */
    static ConfigSection root(Mapping mapping, Origin file) {
        return new ConfigSection(mapping, file, "");
    }

    /** The nested section {@code key}; empty when the key is missing or null. */
    ConfigSection section(String key) {
        Optional<Mapping.Entry> entry = entry(key);
        if (entry.isEmpty()) {
            return new ConfigSection(new Mapping(originOf(key)), originOf(key), path(key) + ".");
        }
        if (!(entry.get().value() instanceof Mapping nested)) {
            throw error(key, "must be a mapping of keys to values, got " + entry.get().value().render());
        }
        return new ConfigSection(nested, entry.get().keyOrigin(), path(key) + ".");
    }

    /** The key's entry when it is present and not null; marks the key as read. */
    Optional<Mapping.Entry> entry(String key) {
        read.add(key);
        return Optional.ofNullable(mapping.get(key)).filter(ConfigSection::isSet);
    }

    boolean has(String key) {
        Mapping.Entry entry = mapping.get(key);
        return entry != null && isSet(entry);
    }

    /** A string as written: numbers and booleans keep their spelling ({@code 007} stays "007"). */
    String string(String key, String defaultValue) {
        return entry(key).map(e -> text(key, e.value())).orElse(defaultValue);
    }

    boolean bool(String key, boolean defaultValue) {
        return entry(key).map(e -> {
            YamlNode node = e.value();
            if (node instanceof Scalar s && s.value() instanceof Boolean b) {
                return b;
            }
            if (node instanceof Scalar s && s.value() instanceof String text
                    && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
                return Boolean.parseBoolean(text);
            }
            throw error(key, "must be true or false, got " + node.render());
        }).orElse(defaultValue);
    }

    int positiveInt(String key, int defaultValue) {
        return intBetween(key, defaultValue, 1, Integer.MAX_VALUE, "a positive integer");
    }

    /** An integer in [{@code min}, {@code max}]; {@code expected} says so in the error. */
    int intBetween(String key, int defaultValue, int min, int max, String expected) {
        return entry(key).map(e -> {
            Long value = integer(e.value());
            if (value == null || value < min || value > max) {
                throw error(key, "must be " + expected + ", got " + e.value().render());
            }
            return value.intValue();
        }).orElse(defaultValue);
    }

    /**
     * One of a fixed set of names (case-insensitive).
     *
     * @param names every accepted name, in the order the error message lists them
     */
    <T> T oneOf(String key, T defaultValue, Map<String, T> names) {
        return entry(key).map(e -> {
            T value = e.value() instanceof Scalar s && s.value() != null
                    ? names.get(s.text().toLowerCase(Locale.ROOT)) : null;
            if (value == null) {
                String given = e.value() instanceof Scalar s ? "'" + s.text() + "'" : e.value().render();
                throw error(key, given + " is not one of " + String.join(", ", names.keySet()));
            }
            return value;
        }).orElse(defaultValue);
    }

    /** A list of strings, written as a YAML list or as one comma-separated string. */
    List<String> stringList(String key, List<String> defaultValue) {
        return entry(key).map(e -> {
            if (e.value() instanceof Scalar s) {
                return splitCommas(text(key, s));
            }
            return listOfStrings(key, e.value());
        }).orElse(defaultValue);
    }

    /** A string or a list of strings, always returned as a list. */
    List<String> stringOrList(String key, List<String> defaultValue) {
        return entry(key)
                .map(e -> e.value() instanceof Scalar s ? List.of(text(key, s)) : listOfStrings(key, e.value()))
                .orElse(defaultValue);
    }

    /** Where {@code key} was written, or where this section was when the key is absent. */
    Origin originOf(String key) {
        Mapping.Entry entry = mapping.get(key);
        return entry != null ? entry.keyOrigin() : origin;
    }

    ConfigException error(String key, String problem) {
        return ConfigException.at(originOf(key), path(key), problem);
    }

    /** The dotted name of {@code key}, e.g. {@code checkpoint.n_ops}. */
    String path(String key) {
        return prefix + key;
    }

    /** Marks the given keys as read. @return those that are present */
    List<String> skip(Collection<String> keys) {
        List<String> present = new ArrayList<>();
        for (String key : keys) {
            read.add(key);
            if (mapping.get(key) != null) {
                present.add(key);
            }
        }
        return present;
    }

    /** The entries not read yet, in recipe order; they count as read afterwards. */
    Map<String, Mapping.Entry> takeUnread() {
        Map<String, Mapping.Entry> unread = new LinkedHashMap<>();
        for (String key : mapping.keys()) {
            if (read.add(key)) {
                unread.put(key, mapping.get(key));
            }
        }
        return unread;
    }

    /** One warning per key not read, naming where it was written. */
    List<String> unknownKeyWarnings() {
        List<String> warnings = new ArrayList<>();
        takeUnread().forEach((key, entry) ->
                warnings.add(entry.keyOrigin() + ": unknown key '" + path(key) + "' is ignored"));
        return warnings;
    }

    private static boolean isSet(Mapping.Entry entry) {
        return !(entry.value() instanceof Scalar scalar && scalar.isNull());
    }

    private String text(String key, YamlNode node) {
        if (node instanceof Scalar s) {
            return s.text();
        }
        throw error(key, "must be a string, got " + node.render());
    }

    private List<String> listOfStrings(String key, YamlNode node) {
        if (!(node instanceof Sequence sequence)) {
            throw error(key, "must be a list of strings, got " + node.render());
        }
        List<String> out = new ArrayList<>();
        for (YamlNode item : sequence.items()) {
            if (!(item instanceof Scalar s) || s.isNull()) {
                throw error(key, "must be a list of strings, got " + node.render());
            }
            out.add(s.text());
        }
        return List.copyOf(out);
    }

    private static List<String> splitCommas(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return List.copyOf(out);
    }

    /** An integral value, also from a quoted string such as {@code "8"}; null when it is none. */
    private static Long integer(YamlNode node) {
        if (!(node instanceof Scalar s)) {
            return null;
        }
        if (s.value() instanceof Long l) {
            return l;
        }
        if (s.value() instanceof String text) {
            try {
                return Long.parseLong(text.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
