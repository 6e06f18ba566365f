package io.djflink.storage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A constant of a format registry. Every registry of dj-flink (input file kinds, record formats,
 * compressions, export formats) has this one shape: an enum whose constants carry the name that
 * recipes and job files use and the file-name endings that select them, looked up only through
 * the static methods here, so that every lookup fails alike, listing what is known.
 */
public interface NamedFormat {

    /** The name recipes and job files use, lower case. */
    String configName();

    /** File-name endings (lower case, with their dot) that select this format; none when it is chosen by name. */
    default List<String> fileExtensions() {
        return List.of();
    }

    /**
     * The constant named {@code name} (case-insensitive).
     *
     * @param what what the registry holds, for the message ("input format", "compression")
     * @throws IllegalArgumentException naming {@code name} and every known name
     */
    static <F extends Enum<F> & NamedFormat> F byName(Class<F> registry, String what, String name) {
        F found = names(registry).get(name.toLowerCase(Locale.ROOT));
        if (found == null) {
            throw new IllegalArgumentException("unknown " + what + " '" + name + "' (known: "
                    + String.join(", ", names(registry).keySet()) + ")");
        }
        return found;
    }

    /** The constant whose file-name ending {@code fileName} has (case-insensitive), if any. */
    static <F extends Enum<F> & NamedFormat> Optional<F> byFileName(Class<F> registry, String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (F format : registry.getEnumConstants()) {
            for (String extension : format.fileExtensions()) {
                if (lower.endsWith(extension)) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }

    /** Every constant by its name, in declaration order. */
    static <F extends Enum<F> & NamedFormat> Map<String, F> names(Class<F> registry) {
        Map<String, F> names = new LinkedHashMap<>();
        for (F format : registry.getEnumConstants()) {
            names.put(format.configName(), format);
        }
        return names;
    }

    /** For messages: every file-name ending the registry accepts, e.g. {@code .jsonl, .json, .parquet}. */
    static <F extends Enum<F> & NamedFormat> String knownExtensions(Class<F> registry) {
        List<String> all = new ArrayList<>();
        for (F format : registry.getEnumConstants()) {
            all.addAll(format.fileExtensions());
        }
        return String.join(", ", all);
    }
}
