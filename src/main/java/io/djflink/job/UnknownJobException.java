package io.djflink.job;

import java.io.IOException;

/** A job id that names no job (or more than one) under the base directory; the message lists what is there. */
public final class UnknownJobException extends IOException {

    private static final long serialVersionUID = 1L;

    public UnknownJobException(String message) {
        super(message);
    }
}
