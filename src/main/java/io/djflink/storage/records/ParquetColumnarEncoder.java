package io.djflink.storage.records;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.flink.api.common.serialization.BulkWriter;
import org.apache.flink.formats.parquet.ParquetWriterFactory;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.avro.AvroWriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Writes a columnar record file as parquet through Flink's parquet format, with parquet-avro
 * generic records; the codec is parquet's own (per page) and is named in the file's metadata.
 */
final class ParquetColumnarEncoder implements ColumnarEncoder {

    /** Bounds what parquet holds in memory on top of the writer's own row buffer. */
    private static final int ROW_GROUP_BYTES = 32 * 1024 * 1024;
    /** Hadoop's defaults are not needed here; loading them (XML) for every part file costs more than the part. */
    private static final Configuration HADOOP_CONF = new Configuration(false);

    private final CompressionCodecName codec;

    ParquetColumnarEncoder(CompressionCodecName codec) {
        this.codec = codec;
    }

    @Override
    public void encode(ColumnSchema schema, RowBuffer.Cursor rows, OutputStream out) throws IOException {
        try (FlinkOutputStreamAdapter stream = new FlinkOutputStreamAdapter(out)) {
            AvroRecordMapping mapping = AvroRecordMapping.forColumns(schema);
            BulkWriter<GenericRecord> writer = writerFactory(mapping.avroSchema(), codec).create(stream);
            GenericData.Record record = new GenericData.Record(mapping.avroSchema());
            for (StoredRecord next = rows.nextKeepingUtf8(); next != null; next = rows.nextKeepingUtf8()) {
                mapping.fill(record, next);
                writer.addElement(record);
            }
            writer.finish();
        }
    }

    private static ParquetWriterFactory<GenericRecord> writerFactory(Schema avroSchema, CompressionCodecName codec) {
        return new ParquetWriterFactory<>(file -> AvroParquetWriter.<GenericRecord>builder(file)
                .withSchema(avroSchema)
                .withDataModel(GenericData.get())
                .withCompressionCodec(codec)
                .withRowGroupSize(ROW_GROUP_BYTES)
                .withConf(HADOOP_CONF)
                // Texts are nearly all distinct: a dictionary would only be built to be dropped.
                .withDictionaryEncoding(false)
                .config(AvroWriteSupport.WRITE_OLD_LIST_STRUCTURE, "false")
                .build());
    }
}
