package io.djflink.job;

import io.djflink.job.JobProgress.Overall;
import io.djflink.job.JobProgress.Partition;
import io.djflink.job.JobProgress.Status;
import java.util.List;

/** Sums a job's partitions up into its overall progress, rate and time remaining. */
final class OverallProgress {

    private OverallProgress() {
    }

    /**
     * @param runStart when the latest run started: its rate counts only the rows it completed
     * @param elapsed the latest run's time so far
     */
    static Overall of(List<Partition> partitions, long totalRows, double runStart, double elapsed, JobState state) {
        List<Partition> done = partitions.stream().filter(p -> p.status() == Status.COMPLETED).toList();
        long rowsIn = done.stream().mapToLong(Partition::rows).sum();
        long rowsOut = done.stream().mapToLong(p -> p.outputRows() == null ? 0 : p.outputRows()).sum();
        long rowsThisRun = done.stream().filter(p -> p.endTime() != null && p.endTime() >= runStart)
                .mapToLong(Partition::rows).sum();
        double percent;
        if (state == JobState.COMPLETED) {
            percent = 100;
        } else if (totalRows > 0) {
            percent = 100.0 * rowsIn / totalRows;
        } else {
            percent = partitions.isEmpty() ? 0 : 100.0 * done.size() / partitions.size();
        }
        Double rate = elapsed > 0 && rowsThisRun > 0 ? rowsThisRun / elapsed : null;
        Double eta = state == JobState.RUNNING && rate != null ? (totalRows - rowsIn) / rate : null;
        int checkpoints = partitions.stream().mapToInt(p -> p.checkpoints().size()).sum();
        return new Overall(partitions.size(), done.size(), count(partitions, Status.RUNNING),
                count(partitions, Status.FAILED), count(partitions, Status.PENDING),
                count(partitions, Status.INTERRUPTED), totalRows, rowsIn, rowsOut, percent, elapsed, rate, eta,
                checkpoints);
    }

    private static int count(List<Partition> partitions, Status status) {
        return (int) partitions.stream().filter(p -> p.status() == status).count();
    }
}
