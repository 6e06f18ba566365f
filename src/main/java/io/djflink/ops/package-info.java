/**
 * DataJuicer's ops as plain Java, independent of Flink: the op kinds (mapper, filter, expanding
 * mapper, deduplicator, whole-dataset op), the sample they work on, op specs with typed parameters,
 * and the registry that names them. One op, one class, named as in DataJuicer.
 *
 * <p>Subpackages hold the ops by kind ({@code mapper}, {@code filter}, {@code deduplicator},
 * {@code selector}) and what they share ({@code text}, {@code words}, {@code unicode},
 * {@code opencc}, {@code media}). May use {@code python}; never Flink or the engine.
 */
package io.djflink.ops;
