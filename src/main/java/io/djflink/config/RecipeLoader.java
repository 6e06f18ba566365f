package io.djflink.config;

import io.djflink.ops.OpRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads a DataJuicer YAML recipe, applies command-line overrides and validates the result,
 * including every op and its arguments against {@link OpRegistry#defaults()}.
 *
 * <p>Overrides use DataJuicer's dotted form ({@code --partition.mode manual},
 * {@code --checkpoint.n_ops=3}, {@code --flink.execution.checkpointing.interval 5s}); values are
 * read as YAML, and list-valued keys also take a comma-separated string
 * ({@code --checkpoint.op_names a,b}). They win over the file.
 *
 * <p>Every problem is a {@link ConfigException} whose one-line message names where (file:line
 * or the option) and what, e.g. {@code recipe.yaml:12: checkpoint.strategy: 'evry_op' is not one
 * of every_op, every_n_ops, manual, disabled}.
 */
public final class RecipeLoader {

    private final OpRegistry registry = OpRegistry.defaults();

    /**
     * @param overrides command-line items such as {@code ["--job_id", "x", "--np=4"]}, without
     *     {@code --config}
     * @throws ConfigException when the file is missing, is not valid YAML, or any value is invalid
     */
    public LoadedRecipe load(Path yamlFile, List<String> overrides) {
        List<String> warnings = new ArrayList<>();
        YamlNode.Mapping root = LocatedYamlReader.readRecipe(yamlFile, warnings);
        CommandLineOverrides.parse(overrides, warnings).applyTo(root);
        RecipeConfig config = new RecipeBinder(yamlFile, registry, warnings).bind(root);
        return new LoadedRecipe(config, warnings);
    }
}
