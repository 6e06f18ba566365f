package io.djflink.storage.outputs;

import io.djflink.ops.Sample;
import io.djflink.storage.codec.JsonCodec;
import io.djflink.storage.records.RecordEncoding;
import io.djflink.storage.records.RecordReader;
import io.djflink.storage.records.RecordWriter;
import io.djflink.storage.records.StoredRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A partition's final output: plain JSON lines of the exported samples, in input order, so that a
 * JSONL export is the byte concatenation of all partitions' parts.
 */
public final class ResultEncoding implements RecordEncoding {

    public static final ResultEncoding INSTANCE = new ResultEncoding();

    private static final long serialVersionUID = 1L;

    @Override
    public String extension() {
        return "jsonl";
    }

    @Override
    public String formatName() {
        return "jsonl";
    }

    @Override
    public String compressionName() {
        return "none";
    }

    @Override
    public RecordWriter newWriter(OutputStream out) {
        return new RecordWriter() {
            private long rows;

            @Override
            public void write(long row, int[] sub, Sample sample) throws IOException {
                out.write(JsonCodec.toBytes(sample));
                out.write('\n');
                rows++;
            }

            @Override
            public long rows() {
                return rows;
            }

            @Override
            public long bufferedBytes() {
                return 0;
            }

            @Override
            public void close() throws IOException {
                out.close();
            }
        };
    }

    /** Reads samples back; positions are not stored in results, so rows are numbered from 0. */
    @Override
    public RecordReader openReader(Path file) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8));
        return new RecordReader() {
            private long n;

            @Override
            public StoredRecord next() throws IOException {
                String line = in.readLine();
                return line == null ? null : StoredRecord.of(n++, JsonCodec.parseObject(line));
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        };
    }
}
