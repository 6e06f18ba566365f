package io.djflink.storage.input;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.LocalOutputFile;

/** Writes small Parquet files for tests, the way parquet-avro users do. */
public final class ParquetTestFiles {

    /** A text row with a nested record, a list, a map, binary data and a nullable float. */
    public static final Schema DOCUMENT = new Schema.Parser().parse("""
            {"type": "record", "name": "Document", "fields": [
              {"name": "text", "type": "string"},
              {"name": "meta", "type": {"type": "record", "name": "Meta", "fields": [
                {"name": "source", "type": "string"},
                {"name": "page", "type": "int"}]}},
              {"name": "tags", "type": {"type": "array", "items": "string"}},
              {"name": "scores", "type": {"type": "map", "values": "double"}},
              {"name": "raw", "type": "bytes"},
              {"name": "weight", "type": ["null", "float"], "default": null}]}
            """);

    private ParquetTestFiles() {
    }

    /** Row groups close whenever about {@code rowGroupBytes} are buffered (checked every few rows). */
    public static void write(Path file, Schema schema, List<GenericRecord> rows, long rowGroupBytes) throws IOException {
        try (ParquetWriter<GenericRecord> writer = AvroParquetWriter
                .<GenericRecord>builder(new LocalOutputFile(file))
                .withConf(new PlainParquetConfiguration())
                .withSchema(schema)
                .withDataModel(GenericData.get())
                .withRowGroupSize(rowGroupBytes)
                .build()) {
            for (GenericRecord row : rows) {
                writer.write(row);
            }
        }
    }

    public static int rowGroups(Path file) throws IOException {
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
            return reader.getRowGroups().size();
        }
    }

    /** Row {@code i} of a simple text table: {@code {"text": "document i ...", "n": i}}. */
    public static void writeNumberedTexts(Path file, int rows, long rowGroupBytes) throws IOException {
        Schema schema = new Schema.Parser().parse("""
                {"type": "record", "name": "Row", "fields": [
                  {"name": "text", "type": "string"}, {"name": "n", "type": "long"}]}
                """);
        List<GenericRecord> records = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            GenericRecord r = new GenericData.Record(schema);
            r.put("text", "document " + i + " " + "words ".repeat(i % 50));
            r.put("n", (long) i);
            records.add(r);
        }
        write(file, schema, records, rowGroupBytes);
    }
}
