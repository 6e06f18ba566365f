package io.djflink.ops;

/** DataJuicer's op categories. */
public enum OpKind {
    MAPPER,
    FILTER,
    DEDUPLICATOR,
    SELECTOR;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
