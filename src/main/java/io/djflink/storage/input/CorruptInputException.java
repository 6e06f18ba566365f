package io.djflink.storage.input;

import java.io.IOException;

/** An input line is not a JSON object and {@code skip_corrupt_lines} is off. */
public class CorruptInputException extends IOException {

    private final transient CorruptLine corruptLine;

    public CorruptInputException(CorruptLine corruptLine) {
        super(corruptLine.toString());
        this.corruptLine = corruptLine;
    }

    public CorruptLine corruptLine() {
        return corruptLine;
    }
}
