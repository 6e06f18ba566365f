package io.djflink.storage.input;

/** {@code dataset_path} names nothing dj-flink can read; the message says what and what is supported. */
public class InvalidDatasetPathException extends IllegalArgumentException {

    public InvalidDatasetPathException(String message) {
        super(message);
    }
}
