package io.djflink.job;

import com.fasterxml.jackson.annotation.JsonValue;
import io.djflink.events.JobSummary;
import java.util.Locale;

/**
 * Where a job stands, from its {@code job_summary.json} and whether anything still runs it: a
 * summary that says {@code running} while no process holds the job (and no cluster runs its Flink
 * job) belongs to a run that died without recording its end.
 */
public enum JobState {
    RUNNING("running"),
    COMPLETED("completed"),
    FAILED("failed"),
    STOPPED("stopped"),
    PROCESS_GONE("failed (process gone)"),
    /** No status recorded (a summary from another tool, or one being written). */
    UNKNOWN("unknown");

    private final String label;

    JobState(String label) {
        this.label = label;
    }

    /** @param runs whether a live process or a cluster still runs the job */
    static JobState of(String summaryStatus, boolean runs) {
        if (summaryStatus == null) {
            return UNKNOWN;
        }
        return switch (summaryStatus) {
            case JobSummary.RUNNING -> runs ? RUNNING : PROCESS_GONE;
            case JobSummary.COMPLETED -> COMPLETED;
            case JobSummary.FAILED -> FAILED;
            case JobSummary.STOPPED -> STOPPED;
            default -> UNKNOWN;
        };
    }

    /** For people: {@code failed (process gone)}. */
    public String label() {
        return label;
    }

    /** For JSON: {@code process_gone}. */
    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
