package io.djflink.storage.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * An input line that is not a JSON object; prints as {@code corpus.jsonl:1234: not valid JSON: ...}.
 *
 * @param problem one line
 */
public record CorruptLine(String file, long line, String problem) {

    private static final int MAX_PROBLEM_LENGTH = 200;

    /** Jackson's message without the source excerpt it appends, on one line. */
    public static CorruptLine of(String file, long line, JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        int excerpt = message.indexOf(" (start marker at");
        if (excerpt >= 0) {
            message = message.substring(0, excerpt);
        }
        message = message.replaceAll("\\s+", " ").strip();
        if (message.length() > MAX_PROBLEM_LENGTH) {
            message = message.substring(0, MAX_PROBLEM_LENGTH) + "...";
        }
        JsonLocation location = e.getLocation();
        String column = location != null && location.getColumnNr() > 0 ? " (column " + location.getColumnNr() + ")" : "";
        return new CorruptLine(file, line, "not valid JSON: " + message + column);
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + problem;
    }
}
