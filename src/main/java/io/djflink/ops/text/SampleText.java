package io.djflink.ops.text;

import io.djflink.ops.Sample;

/** Reads the text an op works on, failing with the field's name when it is not a string. */
public final class SampleText {

    private SampleText() {
    }

    /**
     * @throws IllegalArgumentException when the field is missing, null or not a string (DataJuicer
     *     fails on such a sample too; the engine reports the error with the row)
     */
    public static String require(Sample sample, String field) {
        Object value = sample.get(field);
        if (value instanceof String text) {
            return text;
        }
        String problem = value != null ? "holds a " + describe(value) + ", not a string"
                : sample.has(field) ? "is null" : "is missing";
        throw new IllegalArgumentException("text field '" + field + "' " + problem);
    }

    private static String describe(Object value) {
        if (value instanceof java.util.Map<?, ?>) {
            return "mapping";
        }
        if (value instanceof java.util.List<?>) {
            return "list";
        }
        return value.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT) + " (" + value + ")";
    }
}
