package io.djflink.storage.input;

/** What a reader does with a line that is not a JSON object ({@code skip_corrupt_lines}). */
public enum OnCorruptLine {
    /** Throw a {@link CorruptInputException} naming the file and line. */
    FAIL,
    /** Count and record the line, then go on; it keeps its row index so that later rows do not shift. */
    SKIP
}
