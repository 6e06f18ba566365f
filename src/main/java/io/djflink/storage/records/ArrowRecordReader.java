package io.djflink.storage.records;

import io.djflink.storage.codec.JsonCodec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.ipc.ArrowStreamReader;

/** Reads an Arrow IPC stream written by {@link ArrowColumnarEncoder}, batch by batch. */
final class ArrowRecordReader implements RecordReader {

    private final String source;
    private final BufferAllocator allocator;
    private final ArrowStreamReader reader;
    private ColumnSchema schema;
    private VectorSchemaRoot root;
    private int batchRow;

    ArrowRecordReader(InputStream in, String source) {
        this.source = source;
        this.allocator = new RootAllocator();
        this.reader = new ArrowStreamReader(in, allocator);
    }

    @Override
    public StoredRecord next() throws IOException {
        try {
            if (root == null) {
                root = reader.getVectorSchemaRoot();
                schema = ArrowColumns.fromArrow(root.getSchema());
            }
            while (batchRow >= root.getRowCount()) {
                if (!reader.loadNextBatch()) {
                    return null;
                }
                batchRow = 0;
            }
            return read(batchRow++);
        } catch (IOException | RuntimeException e) {
            throw new IOException(source + ": " + e.getMessage(), e);
        }
    }

    private StoredRecord read(int i) throws IOException {
        List<FieldVector> vectors = root.getFieldVectors();
        int first = ArrowColumns.firstColumn(schema.hasKeyLists());
        Object[] values = new Object[vectors.size() - first];
        for (int c = 0; c < values.length; c++) {
            values[c] = valueAt(schema.columns().get(c).kind(), vectors.get(first + c), i);
        }
        String keyList = schema.hasKeyLists() ? textAt((VarCharVector) vectors.get(2), i) : null;
        long row = ((BigIntVector) vectors.get(0)).get(i);
        return new StoredRecord(row, subAt((ListVector) vectors.get(1), i), schema.assemble(values, keyList));
    }

    private static Object valueAt(ColumnKind kind, FieldVector vector, int i) throws IOException {
        if (vector.isNull(i)) {
            return null;
        }
        return switch (kind) {
            case STRING -> textAt((VarCharVector) vector, i);
            case JSON -> JsonCodec.parseValue(textAt((VarCharVector) vector, i));
            case LONG -> ((BigIntVector) vector).get(i);
            case DOUBLE -> ((Float8Vector) vector).get(i);
            case BOOLEAN -> ((BitVector) vector).get(i) != 0;
        };
    }

    private static String textAt(VarCharVector vector, int i) {
        return vector.isNull(i) ? null : new String(vector.get(i), StandardCharsets.UTF_8);
    }

    private static int[] subAt(ListVector vector, int i) {
        if (vector.isNull(i)) {
            return StoredRecord.NO_SUB;
        }
        IntVector items = (IntVector) vector.getDataVector();
        int start = vector.getElementStartIndex(i);
        int[] sub = new int[vector.getElementEndIndex(i) - start];
        for (int k = 0; k < sub.length; k++) {
            sub[k] = items.get(start + k);
        }
        return sub;
    }

    @Override
    public void close() throws IOException {
        try (allocator) {
            reader.close();
        }
    }
}
