package io.djflink.job;

/** A second run of a job that is running. */
public final class JobAlreadyRunningException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public JobAlreadyRunningException(String message) {
        super(message);
    }
}
