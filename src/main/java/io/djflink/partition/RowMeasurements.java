package io.djflink.partition;

import java.util.Collections;
import java.util.List;

/**
 * What the auto mode's scan learned: every row's size, and the modality of the first rows.
 *
 * @param sizes each row's JSON bytes plus the bytes of the media files it lists
 * @param firstRowModalities the modality of each of the first rows, {@code null} for a row that
 *     does not parse
 * @param rowsWithMedia how many rows list at least one existing media file
 */
record RowMeasurements(RowSizes sizes, List<Modality> firstRowModalities, long rowsWithMedia) {

    RowMeasurements {
        firstRowModalities = Collections.unmodifiableList(firstRowModalities);
    }
}
