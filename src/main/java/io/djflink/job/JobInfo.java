package io.djflink.job;

/**
 * One line of a job listing.
 *
 * @param startTime when the latest run started, epoch seconds
 * @param processAlive whether a live {@code dj-process} holds the job
 */
public record JobInfo(String jobId, String jobDir, JobState state, Double startTime, double progressPercent,
        int completedPartitions, int totalPartitions, Long processId, boolean processAlive) {

    static JobInfo of(JobProgress p) {
        return new JobInfo(p.jobId(), p.jobDir(), p.state(), p.startTime(), p.overall().progressPercent(),
                p.overall().completedPartitions(), p.overall().totalPartitions(), p.processId(), p.processAlive());
    }
}
