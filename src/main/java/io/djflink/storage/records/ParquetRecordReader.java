package io.djflink.storage.records;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.io.LocalInputFile;

/** Reads a parquet record file back through parquet-avro, rebuilding the exact samples. */
final class ParquetRecordReader implements RecordReader {

    private final Path file;
    private final ParquetReader<GenericRecord> reader;
    private AvroRecordMapping mapping;

    ParquetRecordReader(Path file) throws IOException {
        this.file = file;
        this.reader = AvroParquetReader.<GenericRecord>builder(new LocalInputFile(file))
                .withDataModel(GenericData.get())
                .build();
    }

    @Override
    public StoredRecord next() throws IOException {
        try {
            GenericRecord record = reader.read();
            if (record == null) {
                return null;
            }
            if (mapping == null) {
                mapping = AvroRecordMapping.fromAvro(record.getSchema());
            }
            return mapping.toRecord(record);
        } catch (IOException | RuntimeException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
