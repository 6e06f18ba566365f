package io.djflink.storage.records;

import io.djflink.ops.Sample;
import java.io.IOException;
import java.util.List;

/** Reads the JSON lines {@link JsonlRecordWriter} wrote, taking the position fields out of each sample. */
final class JsonlRecordReader implements RecordReader {

    private final JsonlSampleReader lines;

    JsonlRecordReader(JsonlSampleReader lines) {
        this.lines = lines;
    }

    @Override
    public StoredRecord next() throws IOException {
        Sample sample = lines.next();
        if (sample == null) {
            return null;
        }
        Object row = sample.remove(PositionFields.ROW);
        if (!(row instanceof Long position)) {
            throw new IOException(lines.location() + ": expected a numeric '" + PositionFields.ROW
                    + "' field, found " + row);
        }
        return new StoredRecord(position, subOf(sample.remove(PositionFields.SUB)), sample);
    }

    private int[] subOf(Object value) throws IOException {
        if (value == null) {
            return StoredRecord.NO_SUB;
        }
        if (value instanceof List<?> list) {
            int[] sub = new int[list.size()];
            for (int i = 0; i < sub.length; i++) {
                if (!(list.get(i) instanceof Long index)) {
                    throw new IOException(lines.location() + ": '" + PositionFields.SUB + "' must hold integers, found " + list);
                }
                sub[i] = Math.toIntExact(index);
            }
            return sub;
        }
        throw new IOException(lines.location() + ": '" + PositionFields.SUB + "' must be a list, found " + value);
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
