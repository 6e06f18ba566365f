package io.djflink.config;

import java.util.List;

/**
 * A loaded recipe and what the caller should log about it.
 *
 * @param warnings one line each, naming where: unknown keys, duplicate keys, settings that
 *     override each other
 */
public record LoadedRecipe(RecipeConfig config, List<String> warnings) {

    public LoadedRecipe {
        warnings = List.copyOf(warnings);
    }
}
