package io.djflink.job;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One line of a job listing (in JSON: snake_case names, unknown values left out).
 *
 * @param startTime when the latest run started, epoch seconds
 * @param processAlive whether a live {@code dj-process} holds the job
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobInfo(String jobId, String jobDir, JobState state, Double startTime, double progressPercent,
        int completedPartitions, int totalPartitions, Long processId, boolean processAlive) {

    static JobInfo of(JobProgress p) {
        return new JobInfo(p.jobId(), p.jobDir(), p.state(), p.startTime(), p.overall().progressPercent(),
                p.overall().completedPartitions(), p.overall().totalPartitions(), p.processId(), p.processAlive());
    }
}
