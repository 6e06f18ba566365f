package io.djflink.storage.records;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;

/**
 * Writes a columnar record file as an Arrow IPC stream, in batches bounded by row count and by
 * text size (a batch of very long texts stays small in rows).
 */
final class ArrowColumnarEncoder implements ColumnarEncoder {

    static final int MAX_BATCH_ROWS = 4096;
    private static final long MAX_BATCH_TEXT_BYTES = 32L * 1024 * 1024;

    @Override
    public void encode(ColumnSchema schema, RowBuffer.Cursor rows, OutputStream out) throws IOException {
        try (out;
                BufferAllocator allocator = new RootAllocator();
                VectorSchemaRoot root = VectorSchemaRoot.create(ArrowColumns.toArrow(schema), allocator);
                ArrowStreamWriter writer = new ArrowStreamWriter(root, null, out)) {
            writer.start();
            ArrowBatchBuilder batch = new ArrowBatchBuilder(schema, root);
            for (StoredRecord next = rows.next(); next != null; next = rows.next()) {
                batch.add(next);
                if (batch.rows() >= MAX_BATCH_ROWS || batch.textBytes() >= MAX_BATCH_TEXT_BYTES) {
                    writeBatch(batch, writer);
                }
            }
            if (batch.rows() > 0) {
                writeBatch(batch, writer);
            }
            writer.end();
        }
    }

    private static void writeBatch(ArrowBatchBuilder batch, ArrowStreamWriter writer) throws IOException {
        batch.seal();
        writer.writeBatch();
        batch.reset();
    }
}
