package io.djflink.storage.records;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a whole columnar record file once its rows and their inferred columns are known. */
interface ColumnarEncoder {

    /** Writes every row of {@code rows} to {@code out} and closes {@code out}, also on failure. */
    void encode(ColumnSchema schema, RowBuffer.Cursor rows, OutputStream out) throws IOException;
}
