package io.djflink.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.djflink.events.Event;
import io.djflink.events.EventType;
import io.djflink.job.JobProgress.Op;
import io.djflink.job.JobProgress.Partition;
import io.djflink.job.JobProgress.Status;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Folding events into partition and op states, whatever their order and however often they repeat. */
class ProgressTrackerTest {

    private static final List<String> OPS = List.of("clean_email_mapper", "text_length_filter");

    private final ProgressTracker tracker = new ProgressTracker();

    private static Event.Builder event(EventType type, int partition) {
        return Event.of(type, "job").partition(partition);
    }

    private static Event opComplete(int partition, int op, long in, long out) {
        return event(EventType.OP_COMPLETE, partition).operation(OPS.get(op), op).duration(0.5).rows(in, out)
                .metadata(Map.of("wall_seconds", 0.8)).build();
    }

    private Partition partition(int id, boolean jobRunning) {
        return tracker.partitions(null, OPS, id + 1, jobRunning, 0).get(id);
    }

    private static void tick() throws InterruptedException {
        Thread.sleep(3);
    }

    @Test
    void eventsRepeatedAfterARestartCountOnce() throws Exception {
        tracker.accept(event(EventType.PARTITION_START, 0).build());
        tick();
        tracker.accept(opComplete(0, 0, 10, 10));
        tracker.accept(opComplete(0, 1, 10, 7));
        tracker.accept(event(EventType.PARTITION_START, 0).build());
        tick();
        tracker.accept(opComplete(0, 0, 10, 10));
        tracker.accept(opComplete(0, 1, 10, 7));
        tracker.accept(event(EventType.PARTITION_COMPLETE, 0).set("output_rows", 7L).build());

        Partition p = partition(0, false);

        assertThat(p.status()).isEqualTo(Status.COMPLETED);
        assertThat(p.outputRows()).isEqualTo(7);
        assertThat(p.ops()).extracting(Op::name).containsExactly("clean_email_mapper", "text_length_filter");
        Op filter = p.ops().get(1);
        assertThat(filter.rowsPerSecond()).isEqualTo(20.0);
        assertThat(filter.reductionPercent()).isEqualTo(30.0);
        assertThat(filter.wallSeconds()).isEqualTo(0.8);
    }

    @Test
    void eventsFedOutOfOrderKeepTheLatestState() throws Exception {
        Event start = event(EventType.PARTITION_START, 0).build();
        tick();
        Event complete = event(EventType.PARTITION_COMPLETE, 0).set("output_rows", 3L).build();

        tracker.accept(complete);
        tracker.accept(start);

        assertThat(partition(0, true).status()).isEqualTo(Status.COMPLETED);
    }

    @Test
    void opsLeftRunningByAnEarlierAttemptAreDroppedWhenThePartitionStartsAgain() throws Exception {
        tracker.accept(event(EventType.PARTITION_START, 0).build());
        tracker.accept(event(EventType.OP_START, 0).operation(OPS.get(0), 0).build());
        tracker.accept(event(EventType.OP_START, 0).operation(OPS.get(1), 1).build());
        tick();
        tracker.accept(event(EventType.PARTITION_START, 0).metadata(Map.of("entry_operation_idx", 1)).build());

        Partition p = partition(0, true);

        assertThat(p.status()).isEqualTo(Status.RUNNING);
        assertThat(p.ops()).isEmpty();
        assertThat(p.currentOp()).as("queued for its entry op").extracting(Op::name, Op::status)
                .containsExactly("text_length_filter", Status.PENDING);
    }

    @Test
    void whatWasRunningWhenTheJobEndedIsInterrupted() {
        tracker.accept(event(EventType.PARTITION_START, 0).build());
        tracker.accept(event(EventType.OP_START, 0).operation(OPS.get(0), 0).build());

        Partition p = partition(0, false);

        assertThat(p.status()).isEqualTo(Status.INTERRUPTED);
        assertThat(p.ops()).extracting(Op::status).containsExactly(Status.INTERRUPTED);
        assertThat(p.currentOp()).isNull();
    }

    @Test
    void failedPartitionKeepsItsErrorAndFailedOp() {
        tracker.accept(event(EventType.PARTITION_START, 1).build());
        tracker.accept(event(EventType.OP_FAILED, 1).operation(OPS.get(1), 1).error("boom", "IllegalStateException")
                .build());
        tracker.accept(event(EventType.PARTITION_FAILED, 1).error("text_length_filter failed: boom", "Exception")
                .build());

        Partition p = partition(1, false);

        assertThat(p.status()).isEqualTo(Status.FAILED);
        assertThat(p.errorMessage()).isEqualTo("text_length_filter failed: boom");
        assertThat(p.ops()).singleElement().extracting(Op::status, Op::errorMessage)
                .containsExactly(Status.FAILED, "boom");
        assertThat(partition(0, false).status()).as("never started").isEqualTo(Status.PENDING);
    }
}
