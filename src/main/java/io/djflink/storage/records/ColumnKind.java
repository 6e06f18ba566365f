package io.djflink.storage.records;

/**
 * How a columnar record file stores one top-level field: natively when every non-null value in
 * the file has the same scalar type, otherwise as JSON text (maps, lists, big numbers and mixed
 * types such as {@code 1} next to {@code 1.0}, which JSON text keeps apart).
 */
enum ColumnKind {
    STRING,
    LONG,
    DOUBLE,
    BOOLEAN,
    JSON;

    /** The kind that holds {@code value} (not null) natively. */
    static ColumnKind of(Object value) {
        if (value instanceof String) {
            return STRING;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return LONG;
        }
        if (value instanceof Double || value instanceof Float) {
            return DOUBLE;
        }
        if (value instanceof Boolean) {
            return BOOLEAN;
        }
        return JSON;
    }

    /** The kind holding values of both kinds; {@code null} stands for "no value seen yet". */
    static ColumnKind merge(ColumnKind seen, ColumnKind next) {
        return seen == null || seen == next ? next : JSON;
    }
}
