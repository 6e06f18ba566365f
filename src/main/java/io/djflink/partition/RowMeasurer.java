package io.djflink.partition;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.djflink.storage.InputFile;
import io.djflink.storage.JsonCodec;
import io.djflink.storage.RawRowReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The auto mode's first scan: records every row's JSON size and parses the first rows (as many as
 * the largest sample DataJuicer draws) to tell their modality. Rows that do not parse are left to
 * the readers, which report or skip them; here they only lack a modality.
 */
final class RowMeasurer {

    /** DataJuicer samples at most 10000 rows. */
    static final int MAX_SAMPLED_ROWS = 10_000;

    private RowMeasurer() {
    }

    static RowMeasurements measure(List<InputFile> files, ModalityDetector detector) throws IOException {
        RowSizes sizes = new RowSizes();
        List<Modality> modalities = new ArrayList<>();
        for (InputFile file : files) {
            try (RawRowReader rows = RawRowReader.openFile(file)) {
                while (rows.next()) {
                    sizes.add(rows.length());
                    if (modalities.size() < MAX_SAMPLED_ROWS) {
                        modalities.add(modalityOf(rows, detector));
                    }
                }
            }
        }
        return new RowMeasurements(sizes, modalities);
    }

    private static Modality modalityOf(RawRowReader row, ModalityDetector detector) throws IOException {
        try {
            return detector.detect(JsonCodec.parseObject(row.buffer(), row.offset(), row.length()));
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
