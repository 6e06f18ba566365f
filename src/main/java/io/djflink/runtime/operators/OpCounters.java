package io.djflink.runtime.operators;

import io.djflink.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What one op did to one partition so far: rows in and out, time spent inside the op, and errors
 * skipped. Checkpointed with the operator so that a restored task still reports whole-partition
 * numbers.
 */
public final class OpCounters {

    public int partition;
    public long inputRows;
    public long outputRows;
    public long busyNanos;
    public long skippedErrors;
    public double startTime;

    public OpCounters() {
    }

    public OpCounters(int partition, double startTime) {
        this.partition = partition;
        this.startTime = startTime;
    }

    double busySeconds() {
        return busyNanos / 1e9;
    }

    public String toJson() {
        try {
            return Json.mapper().writeValueAsString(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static OpCounters fromJson(String json) {
        try {
            return Json.mapper().readValue(json, OpCounters.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
