package io.djflink.partition;

import java.util.Collections;
import java.util.List;

/**
 * What the auto mode's scan learned: every row's size, and the modality of the first rows.
 *
 * @param firstRowModalities the modality of each of the first rows, {@code null} for a row that
 *     does not parse
 */
record RowMeasurements(RowSizes sizes, List<Modality> firstRowModalities) {

    RowMeasurements {
        firstRowModalities = Collections.unmodifiableList(firstRowModalities);
    }
}
