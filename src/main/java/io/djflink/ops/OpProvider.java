package io.djflink.ops;

import java.util.List;

/**
 * Contributes ops beyond the built-in ones, found with {@link java.util.ServiceLoader}: list the
 * implementing class in {@code META-INF/services/io.djflink.ops.OpProvider}.
 */
public interface OpProvider {

    List<OpSpec> ops();
}
