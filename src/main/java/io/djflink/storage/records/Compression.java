package io.djflink.storage.records;

import io.djflink.storage.NamedFormat;
import java.util.Locale;

/** {@code intermediate_storage.compression}, the {@code compression} of an output's manifest. */
public enum Compression implements NamedFormat {
    SNAPPY,
    GZIP,
    NONE;

    @Override
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the unknown name and the known ones */
    public static Compression forName(String name) {
        return NamedFormat.byName(Compression.class, "compression", name);
    }
}
