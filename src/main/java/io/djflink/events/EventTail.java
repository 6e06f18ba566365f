package io.djflink.events;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Follows one event log as it grows: each {@link #poll()} returns the events appended since the
 * last one. A last line without its newline is still being written; it is read on a later poll.
 */
public final class EventTail {

    private final Path file;
    private long offset;

    public EventTail(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** The complete events written since the last poll (none when the file does not exist yet). */
    public List<Event> poll() throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        byte[] fresh;
        try (SeekableByteChannel ch = Files.newByteChannel(file)) {
            if (ch.size() < offset) {
                offset = 0; // the file was replaced: read the new one from its start
            }
            fresh = Channels.newInputStream(ch.position(offset)).readAllBytes();
        }
        int end = lastNewline(fresh);
        if (end < 0) {
            return List.of();
        }
        offset += end + 1;
        List<Event> events = new ArrayList<>();
        for (String line : new String(fresh, 0, end, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                parse(line, events);
            }
        }
        return events;
    }

    private static int lastNewline(byte[] bytes) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** A line that is not an event (damaged by a crash mid-write) is left out, as {@link EventLog#read} does. */
    private static void parse(String line, List<Event> into) {
        try {
            into.add(Event.parse(line));
        } catch (IOException | RuntimeException e) {
            // not an event; nothing to follow
        }
    }
}
