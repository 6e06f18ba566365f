/**
 * Recipes: loading DataJuicer's YAML with file:line origins, command-line overrides, binding
 * and validating every key and op argument, and the resulting {@link io.djflink.config.RecipeConfig}.
 *
 * <p>May use {@code ops} (to validate ops and their arguments) and {@code storage.records} (the
 * intermediate formats a recipe may name).
 */
package io.djflink.config;
