package io.djflink.storage.records;

import io.djflink.storage.codec.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.ListVector;

/**
 * Fills the vectors of a {@link VectorSchemaRoot} laid out by {@link ArrowColumns} with one batch
 * of records; the vectors' buffers are kept from batch to batch.
 */
final class ArrowBatchBuilder {

    private final ColumnSchema schema;
    private final VectorSchemaRoot root;
    private final BigIntVector rowVector;
    private final ListVector subVector;
    private final VarCharVector keysVector;
    private final FieldVector[] columnVectors;
    private final ColumnKind[] kinds;
    private int rows;
    private long textBytes;

    ArrowBatchBuilder(ColumnSchema schema, VectorSchemaRoot root) {
        this.schema = schema;
        this.root = root;
        List<FieldVector> vectors = root.getFieldVectors();
        this.rowVector = (BigIntVector) vectors.get(0);
        this.subVector = (ListVector) vectors.get(1);
        this.keysVector = schema.hasKeyLists() ? (VarCharVector) vectors.get(2) : null;
        int first = ArrowColumns.firstColumn(schema.hasKeyLists());
        this.columnVectors = vectors.subList(first, vectors.size()).toArray(new FieldVector[0]);
        this.kinds = schema.columns().stream().map(ColumnSchema.Column::kind).toArray(ColumnKind[]::new);
        root.allocateNew();
    }

    void add(StoredRecord record) {
        int i = rows++;
        rowVector.setSafe(i, record.row());
        addSub(i, record.sub());
        if (keysVector != null) {
            setText(keysVector, i, schema.keyListOf(record.sample().fields()));
        }
        List<ColumnSchema.Column> columns = schema.columns();
        for (int c = 0; c < columnVectors.length; c++) {
            setValue(c, i, record.sample().get(columns.get(c).key()));
        }
    }

    private void addSub(int i, int[] sub) {
        if (sub.length == 0) {
            subVector.setNull(i);
            return;
        }
        IntVector items = (IntVector) subVector.getDataVector();
        int start = subVector.startNewValue(i);
        for (int k = 0; k < sub.length; k++) {
            items.setSafe(start + k, sub[k]);
        }
        subVector.endValue(i, sub.length);
    }

    private void setValue(int column, int i, Object value) {
        FieldVector vector = columnVectors[column];
        if (value == null) {
            vector.setNull(i);
            return;
        }
        switch (kinds[column]) {
            case STRING -> setText((VarCharVector) vector, i, (String) value);
            case JSON -> setText((VarCharVector) vector, i, JsonCodec.toJson(value));
            case LONG -> ((BigIntVector) vector).setSafe(i, ((Number) value).longValue());
            case DOUBLE -> ((Float8Vector) vector).setSafe(i, ((Number) value).doubleValue());
            case BOOLEAN -> ((BitVector) vector).setSafe(i, (Boolean) value ? 1 : 0);
        }
    }

    private void setText(VarCharVector vector, int i, String text) {
        if (text == null) {
            vector.setNull(i);
            return;
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        vector.setSafe(i, utf8);
        textBytes += utf8.length;
    }

    int rows() {
        return rows;
    }

    /** The UTF-8 bytes of the batch's texts, which dominate its size. */
    long textBytes() {
        return textBytes;
    }

    /** Makes the batch ready for the IPC writer. */
    void seal() {
        root.setRowCount(rows);
    }

    /** Empties the vectors for the next batch, keeping their buffers. */
    void reset() {
        for (FieldVector vector : root.getFieldVectors()) {
            vector.reset();
        }
        rows = 0;
        textBytes = 0;
    }
}
