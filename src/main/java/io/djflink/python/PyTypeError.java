package io.djflink.python;

/**
 * Python raised {@code TypeError} for an operation on sample values, e.g. ordering a string against
 * a number. DataJuicer fails on such a sample; the engine reports it with the row.
 */
public final class PyTypeError extends RuntimeException {

    public PyTypeError(String message) {
        super(message);
    }
}
