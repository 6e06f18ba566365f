package io.djflink.storage.input;

import io.djflink.ops.Sample;
import io.djflink.storage.codec.JsonCodec;
import java.io.IOException;

/** A Parquet file's rows as their compact JSON, so that they are sized and hashed like JSON lines. */
final class ParquetJsonRows implements RawRowReader {

    private final ParquetSampleReader reader;
    private long recordNumber;
    private byte[] json;

    /** @param firstRow the 0-based row {@code reader} starts at */
    ParquetJsonRows(ParquetSampleReader reader, long firstRow) {
        this.reader = reader;
        this.recordNumber = firstRow;
    }

    @Override
    public boolean next() throws IOException {
        Sample sample = reader.next();
        if (sample == null) {
            return false;
        }
        json = JsonCodec.toBytes(sample);
        recordNumber++;
        return true;
    }

    @Override
    public byte[] buffer() {
        return json;
    }

    @Override
    public int offset() {
        return 0;
    }

    @Override
    public int length() {
        return json.length;
    }

    @Override
    public long line() {
        return recordNumber;
    }

    @Override
    public long startByte() {
        return InputSegment.UNKNOWN;
    }

    @Override
    public long endByte() {
        return InputSegment.UNKNOWN;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
