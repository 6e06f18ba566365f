package io.djflink.partition;

/** A job cannot resume because its input differs from the one it was partitioned from. */
public class InputChangedException extends IllegalStateException {

    public InputChangedException(String message) {
        super(message);
    }
}
