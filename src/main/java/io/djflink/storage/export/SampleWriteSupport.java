package io.djflink.storage.export;

import io.djflink.ops.Sample;
import io.djflink.storage.codec.JsonCodec;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;

/**
 * Writes samples to parquet by walking their inferred type next to the values, with no
 * intermediate record objects. Null and missing values are simply not written.
 */
final class SampleWriteSupport extends WriteSupport<Sample> {

    private final InferredType rowType;
    private final MessageType schema;
    private RecordConsumer consumer;

    SampleWriteSupport(InferredType rowType) {
        this.rowType = rowType;
        this.schema = ParquetExportSchema.of(rowType);
    }

    @Override
    public WriteContext init(Configuration configuration) {
        return new WriteContext(schema, Map.of());
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
        this.consumer = recordConsumer;
    }

    @Override
    public void write(Sample sample) {
        consumer.startMessage();
        writeFields(rowType, sample.fields());
        consumer.endMessage();
    }

    private void writeFields(InferredType struct, Map<?, ?> values) {
        int index = 0;
        for (Map.Entry<String, InferredType> field : struct.fields().entrySet()) {
            Object value = values.get(field.getKey());
            if (value != null) {
                consumer.startField(field.getKey(), index);
                writeValue(field.getValue(), value);
                consumer.endField(field.getKey(), index);
            }
            index++;
        }
    }

    private void writeValue(InferredType type, Object value) {
        switch (type.kind()) {
            case BOOLEAN -> consumer.addBoolean((Boolean) value);
            case LONG -> consumer.addLong(((Number) value).longValue());
            case DOUBLE -> consumer.addDouble(((Number) value).doubleValue());
            case STRING -> consumer.addBinary(Binary.fromString((String) value));
            case JSON -> consumer.addBinary(Binary.fromString(JsonCodec.toJson(value)));
            case STRUCT -> {
                consumer.startGroup();
                writeFields(type, (Map<?, ?>) value);
                consumer.endGroup();
            }
            case LIST -> writeList(type.element(), (List<?>) value);
            case NULL -> throw new IllegalStateException("a value where inference saw only nulls: " + value);
        }
    }

    private void writeList(InferredType elementType, List<?> items) {
        consumer.startGroup();
        if (!items.isEmpty()) {
            consumer.startField(ParquetExportSchema.LIST_GROUP, 0);
            for (Object item : items) {
                consumer.startGroup();
                if (item != null) {
                    consumer.startField(ParquetExportSchema.LIST_ELEMENT, 0);
                    writeValue(elementType, item);
                    consumer.endField(ParquetExportSchema.LIST_ELEMENT, 0);
                }
                consumer.endGroup();
            }
            consumer.endField(ParquetExportSchema.LIST_GROUP, 0);
        }
        consumer.endGroup();
    }
}
