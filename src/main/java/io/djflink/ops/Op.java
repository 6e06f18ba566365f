package io.djflink.ops;

/**
 * A DataJuicer operator: plain Java, independent of any execution engine. Each op class publishes
 * an {@link OpSpec} (its registered DataJuicer name, parameters and factory) as a
 * {@code public static final OpSpec SPEC} field and is listed in {@link OpRegistry}.
 *
 * <p>Op instances are not shared between threads: every parallel task builds its own.
 */
public interface Op {
}
