package io.djflink.events;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Appends events to a job's {@code events_{YYYYmmdd_HHMMSS}.jsonl}, one JSON object per line.
 *
 * <p>Every line is one {@code write} on a file opened for appending, so several writers (the
 * client, the event sink, a failing task) can share the file without tearing lines, and a reader
 * following the file sees each event as soon as it happened.
 */
public final class EventLog {

    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");

    private EventLog() {
    }

    /** The file name of a new run's event log (UTC, as DataJuicer). */
    public static String newFileName(ZonedDateTime nowUtc) {
        return "events_" + nowUtc.withZoneSameInstant(ZoneOffset.UTC).format(FILE_STAMP) + ".jsonl";
    }

    public static void append(Path file, Event event) throws IOException {
        byte[] line = (event.toJson() + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ch.write(ByteBuffer.wrap(line));
        }
    }

    /** All event files of a job directory, oldest first. */
    public static List<Path> files(Path jobDir) throws IOException {
        if (!Files.isDirectory(jobDir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(jobDir)) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith("events_") && n.endsWith(".jsonl");
            }).sorted().toList();
        }
    }

    /** Reads the events of one file; a line that is not valid JSON (a torn last line) is skipped. */
    public static List<Event> read(Path file) throws IOException {
        List<Event> events = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            try {
                events.add(Event.parse(line));
            } catch (IOException | RuntimeException e) {
                // A reader may race a writer; such a line is simply not complete yet.
            }
        }
        return events;
    }
}
