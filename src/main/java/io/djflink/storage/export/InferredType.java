package io.djflink.storage.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The type of one value position (a column, a struct field, a list's elements) over every row,
 * inferred as Arrow and HuggingFace datasets do: maps become structs with the union of their keys
 * (a key missing from a row is null there), lists take the unified type of all their elements,
 * integers next to floats become doubles. Values no Arrow type reconciles (a string next to a
 * number, a map next to a list, integers beyond 64 bits) make the position a string holding JSON.
 *
 * <p>Mutable while rows are observed; read-only afterwards.
 */
final class InferredType {

    enum Kind {
        /** Only nulls seen. */
        NULL,
        BOOLEAN,
        LONG,
        DOUBLE,
        STRING,
        STRUCT,
        LIST,
        /** Irreconcilable values, stored as their JSON text. */
        JSON
    }

    private Kind kind = Kind.NULL;
    private LinkedHashMap<String, InferredType> fields;
    private InferredType element;

    Kind kind() {
        return kind;
    }

    /** The fields of a struct, in first-seen order. */
    Map<String, InferredType> fields() {
        return fields;
    }

    /** The element type of a list. */
    InferredType element() {
        return element;
    }

    @SuppressWarnings("unchecked")
    void observe(Object value) {
        if (value == null) {
            return;
        }
        Kind seen = kindOf(value);
        if (kind == Kind.NULL) {
            become(seen);
        } else if (kind != seen) {
            become(widen(kind, seen));
        }
        if (kind == Kind.STRUCT) {
            for (Map.Entry<String, Object> field : ((Map<String, Object>) value).entrySet()) {
                fields.computeIfAbsent(field.getKey(), k -> new InferredType()).observe(field.getValue());
            }
        } else if (kind == Kind.LIST) {
            for (Object item : (List<Object>) value) {
                element.observe(item);
            }
        }
    }

    /**
     * Ends inference: a struct that never had a field (only empty maps) has no parquet form, so it
     * becomes JSON text ({@code {}}).
     */
    void finish() {
        if (kind == Kind.STRUCT) {
            fields.values().forEach(InferredType::finish);
            if (fields.isEmpty()) {
                become(Kind.JSON);
            }
        } else if (kind == Kind.LIST) {
            element.finish();
        }
    }

    private void become(Kind newKind) {
        if (newKind == kind) {
            return;
        }
        kind = newKind;
        fields = newKind == Kind.STRUCT ? new LinkedHashMap<>() : null;
        element = newKind == Kind.LIST ? new InferredType() : null;
    }

    private static Kind widen(Kind a, Kind b) {
        boolean numbers = (a == Kind.LONG || a == Kind.DOUBLE) && (b == Kind.LONG || b == Kind.DOUBLE);
        return numbers ? Kind.DOUBLE : Kind.JSON;
    }

    private static Kind kindOf(Object value) {
        if (value instanceof String) {
            return Kind.STRING;
        }
        if (value instanceof Long || value instanceof Integer) {
            return Kind.LONG;
        }
        if (value instanceof Double || value instanceof Float) {
            return Kind.DOUBLE;
        }
        if (value instanceof Boolean) {
            return Kind.BOOLEAN;
        }
        if (value instanceof Map<?, ?>) {
            return Kind.STRUCT;
        }
        if (value instanceof List<?>) {
            return Kind.LIST;
        }
        return Kind.JSON;
    }
}
