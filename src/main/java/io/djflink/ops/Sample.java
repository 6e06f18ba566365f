package io.djflink.ops;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One row of a dataset, as DataJuicer sees it: an insertion-ordered map of JSON-like values.
 *
 * <p>Values are {@code null}, {@link String}, {@link Long}, {@link Double}, {@link Boolean},
 * {@link BigInteger}, {@link BigDecimal}, {@code List<Object>} and {@code Map<String, Object>}
 * (insertion ordered). Ops read and change a sample in place; whoever hands a sample to an op
 * owns it.
 */
public final class Sample {

    /** Filters record their statistics here ({@code Fields.stats}). */
    public static final String STATS = "__dj__stats__";
    /** Tagging mappers write here ({@code Fields.meta}). */
    public static final String META = "__dj__meta__";
    /**
     * The extension of the file a record was read from, with its dot ({@code ".jsonl"}), which
     * DataJuicer's loader adds when the recipe uses {@code suffix_filter} ({@code Fields.suffix}).
     */
    public static final String SUFFIX = "__dj__suffix__";

    private final LinkedHashMap<String, Object> fields;

    public Sample() {
        this.fields = new LinkedHashMap<>();
    }

    /** Wraps (does not copy) the given map. */
    public Sample(LinkedHashMap<String, Object> fields) {
        this.fields = Objects.requireNonNull(fields, "fields");
    }

    public static Sample of(Object... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException("key/value pairs expected");
        }
        Sample s = new Sample();
        for (int i = 0; i < keyValues.length; i += 2) {
            s.put((String) keyValues[i], keyValues[i + 1]);
        }
        return s;
    }

    /** The live, ordered field map. */
    public LinkedHashMap<String, Object> fields() {
        return fields;
    }

    public boolean has(String key) {
        return fields.containsKey(key);
    }

    public Object get(String key) {
        return fields.get(key);
    }

    /** The value of a text field, or {@code null} when absent or not a string. */
    public String getString(String key) {
        Object v = fields.get(key);
        return v instanceof String s ? s : null;
    }

    public void put(String key, Object value) {
        fields.put(key, value);
    }

    public Object remove(String key) {
        return fields.remove(key);
    }

    /**
     * Reads a dotted key the way DataJuicer's {@code NestedQueryDict} does: the flat key first
     * ({@code "meta.src"} literally), then level by level.
     *
     * @return the value, or {@link #ABSENT} when some level is missing
     */
    public Object getPath(String dottedKey) {
        if (fields.containsKey(dottedKey)) {
            return fields.get(dottedKey);
        }
        Object current = fields;
        for (String part : dottedKey.split("\\.", -1)) {
            if (current instanceof Map<?, ?> m && m.containsKey(part)) {
                current = m.get(part);
            } else {
                return ABSENT;
            }
        }
        return current;
    }

    /** Marker returned by {@link #getPath} for a key that does not exist. */
    public static final Object ABSENT = new Object() {
        @Override
        public String toString() {
            return "<absent>";
        }
    };

    /** The {@code __dj__stats__} map, created (empty) when missing. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> stats() {
        Object v = fields.get(STATS);
        if (v instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        LinkedHashMap<String, Object> created = new LinkedHashMap<>();
        fields.put(STATS, created);
        return created;
    }

    /** A copy that shares no mutable structure with this sample. */
    public Sample deepCopy() {
        return new Sample(copyMap(fields));
    }

    @SuppressWarnings("unchecked")
    private static Object copyValue(Object v) {
        if (v instanceof Map<?, ?> m) {
            return copyMap((Map<String, Object>) m);
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object o : l) {
                out.add(copyValue(o));
            }
            return out;
        }
        return v;
    }

    private static LinkedHashMap<String, Object> copyMap(Map<String, Object> m) {
        LinkedHashMap<String, Object> out = new LinkedHashMap<>(Math.max(4, m.size() * 2));
        for (Map.Entry<String, Object> e : m.entrySet()) {
            out.put(e.getKey(), copyValue(e.getValue()));
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sample other && fields.equals(other.fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return fields.toString();
    }
}
