package io.djflink.partition;

import io.djflink.storage.input.InputFile;
import io.djflink.storage.input.RawRowReader;
import java.io.IOException;
import java.util.List;

/** The manual mode's first scan: only counts rows. */
final class RowCounter {

    private RowCounter() {
    }

    static long count(List<InputFile> files) throws IOException {
        long rows = 0;
        for (InputFile file : files) {
            rows += RawRowReader.countRows(file);
        }
        return rows;
    }
}
