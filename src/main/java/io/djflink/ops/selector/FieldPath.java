package io.djflink.ops.selector;

import io.djflink.ops.Sample;
import java.util.List;
import java.util.Map;

/**
 * A selector's {@code field_key}: a top-level field, or a dotted path into nested mappings. As in
 * DataJuicer's selectors, the path is always walked level by level ({@code meta.score} is
 * {@code sample["meta"]["score"]}, never a field literally named {@code "meta.score"}).
 */
final class FieldPath {

    /**
     * The value of a sample that lacks the field. DataJuicer loads rows into one Arrow schema, so
     * such a row holds None wherever other rows have the field; selectors therefore read it as
     * null, except that a field no sample has is an error, as in DataJuicer.
     */
    static final Map<String, Object> ABSENT = Map.of("__absent__", true);

    private final String key;
    private final String[] levels;

    FieldPath(String key) {
        this.key = key;
        this.levels = key.split("\\.", -1);
    }

    String key() {
        return key;
    }

    boolean isNested() {
        return levels.length > 1;
    }

    /**
     * @return the value, or {@link #ABSENT} when some level is missing or null
     * @throws IllegalArgumentException when a level above the last holds something other than a mapping
     */
    Object read(Sample sample) {
        Object current = sample.fields();
        for (int i = 0; i < levels.length; i++) {
            if (current == null) {
                return ABSENT;
            }
            if (!(current instanceof Map<?, ?> m)) {
                throw new IllegalArgumentException("field_key '" + key + "': '" + String.join(".", List.of(levels)
                        .subList(0, i)) + "' holds " + describe(current) + ", not a mapping");
            }
            if (!m.containsKey(levels[i])) {
                return ABSENT;
            }
            current = m.get(levels[i]);
        }
        return current;
    }

    static boolean isAbsent(Object digest) {
        return ABSENT.equals(digest);
    }

    /** @throws IllegalArgumentException when no sample has the field (DataJuicer's assertion) */
    void requireInSomeSample(List<Object> digests) {
        if (!digests.isEmpty() && digests.stream().allMatch(FieldPath::isAbsent)) {
            throw new IllegalArgumentException("field_key '" + key + "': no sample has this field");
        }
    }

    static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof List<?>) {
            return "a list";
        }
        if (value instanceof Map<?, ?>) {
            return "a mapping";
        }
        if (value instanceof String) {
            return "a string";
        }
        return value instanceof Boolean ? "a boolean" : "a number";
    }
}
