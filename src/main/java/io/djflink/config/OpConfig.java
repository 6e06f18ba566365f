package io.djflink.config;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One entry of the recipe's {@code process} list, as written: the op's registered name, its
 * arguments, and where it was written (for error messages).
 *
 * @param index 0-based position in {@code process}
 * @param location {@code file:line} of the entry, or a description such as {@code "command line"}
 */
public record OpConfig(int index, String name, Map<String, Object> args, String location) implements Serializable {

    public OpConfig {
        args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
    }
}
