package io.djflink.storage.records;

import com.fasterxml.jackson.core.JsonGenerator;
import io.djflink.ops.Sample;
import io.djflink.storage.codec.JsonCodec;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * Writes records as JSON lines, the position first:
 * {@code {"__dj__row__":12,"__dj__sub__":[0,3],...sample fields}}, {@code __dj__sub__} only when
 * the record has one. Rows stream straight to the output, so nothing stays buffered.
 */
final class JsonlRecordWriter implements RecordWriter {

    private final OutputStream out;
    private final JsonGenerator generator;
    private long rows;

    JsonlRecordWriter(OutputStream out) throws IOException {
        this.out = out;
        this.generator = JsonCodec.generator(out);
    }

    @Override
    public void write(long row, int[] sub, Sample sample) throws IOException {
        PositionFields.requireNoneIn(sample, row);
        generator.writeStartObject();
        generator.writeNumberField(PositionFields.ROW, row);
        if (sub != null && sub.length > 0) {
            generator.writeFieldName(PositionFields.SUB);
            generator.writeArray(sub, 0, sub.length);
        }
        for (Map.Entry<String, Object> field : sample.fields().entrySet()) {
            generator.writeFieldName(field.getKey());
            JsonCodec.writeValue(generator, field.getValue());
        }
        generator.writeEndObject();
        generator.writeRaw('\n');
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
        try (out) {
            generator.close();
        }
    }
}
