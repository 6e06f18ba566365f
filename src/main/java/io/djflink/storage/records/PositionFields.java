package io.djflink.storage.records;

import io.djflink.ops.Sample;
import java.io.IOException;
import java.util.List;

/**
 * Names under which record files keep a record's position (and, in columnar files, its key order)
 * next to the sample's own fields. A sample using one of them could not be told apart from the
 * position on reading, so writers refuse it.
 */
final class PositionFields {

    static final String ROW = "__dj__row__";
    static final String SUB = "__dj__sub__";
    static final String KEYS = "__dj__keys__";

    private static final List<String> ALL = List.of(ROW, SUB, KEYS);

    private PositionFields() {
    }

    static void requireNoneIn(Sample sample, long row) throws IOException {
        for (String reserved : ALL) {
            if (sample.has(reserved)) {
                throw new IOException("the sample of input row " + row + " has a field named '" + reserved
                        + "', which record files reserve for the record position");
            }
        }
    }
}
