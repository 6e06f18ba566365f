package io.djflink.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Following an event log while a run appends to it. */
class EventTailTest {

    @TempDir
    Path dir;

    private static Event event(EventType type, int partition) {
        return Event.of(type, "job").partition(partition).build();
    }

    @Test
    void eachPollReturnsOnlyTheEventsAppendedSinceTheLast() throws Exception {
        Path file = dir.resolve("events_20260101_000000.jsonl");
        EventTail tail = new EventTail(file);
        assertThat(tail.poll()).as("no file yet").isEmpty();
        EventLog.append(file, event(EventType.PARTITION_START, 0));
        EventLog.append(file, event(EventType.PARTITION_START, 1));

        assertThat(tail.poll()).extracting(Event::partitionId).containsExactly(0, 1);
        assertThat(tail.poll()).isEmpty();
        EventLog.append(file, event(EventType.PARTITION_COMPLETE, 1));
        assertThat(tail.poll()).extracting(Event::type).containsExactly(EventType.PARTITION_COMPLETE);
    }

    @Test
    void lineStillBeingWrittenIsReadOnceComplete() throws Exception {
        Path file = dir.resolve("events_20260101_000000.jsonl");
        String line = event(EventType.PARTITION_COMPLETE, 3).toJson();
        Files.writeString(file, line.substring(0, 20), StandardCharsets.UTF_8);
        EventTail tail = new EventTail(file);

        assertThat(tail.poll()).isEmpty();
        Files.writeString(file, line.substring(20) + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        assertThat(tail.poll()).extracting(Event::partitionId).containsExactly(3);
    }
}
