package io.djflink.storage.records;

import io.djflink.ops.Sample;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A writer for the columnar formats, whose schema is inferred from the rows: it buffers the part's
 * rows (encoded, never the caller's samples) while inferring the columns, and has the encoder write
 * the file at {@link #close()}.
 */
final class ColumnarRecordWriter implements RecordWriter {

    private final ColumnarEncoder encoder;
    private final OutputStream out;
    private final RowBuffer rows = new RowBuffer();
    private final ColumnSchemaBuilder schema = new ColumnSchemaBuilder();
    private boolean closed;

    ColumnarRecordWriter(ColumnarEncoder encoder, OutputStream out) {
        this.encoder = encoder;
        this.out = out;
    }

    @Override
    public void write(long row, int[] sub, Sample sample) throws IOException {
        PositionFields.requireNoneIn(sample, row);
        schema.observe(sample.fields());
        rows.append(row, sub == null ? StoredRecord.NO_SUB : sub, sample);
    }

    @Override
    public long rows() {
        return rows.rows();
    }

    @Override
    public long bufferedBytes() {
        return rows.bytes();
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            try {
                encoder.encode(schema.build(), rows.cursor(), out);
            } finally {
                rows.release();
            }
        }
    }
}
