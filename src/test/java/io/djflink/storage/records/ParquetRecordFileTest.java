package io.djflink.storage.records;

import static org.assertj.core.api.Assertions.assertThat;

import io.djflink.ops.Sample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ParquetRecordFileTest {

    @TempDir
    Path dir;

    @Test
    void storesFieldsOfOneTypeInNativelyTypedColumns() throws IOException {
        Path file = write(Compression.SNAPPY, List.of(
                new StoredRecord(0, new int[] {1, 2}, Sample.of("text", "a", "n", 1L, "x", 0.5, "flag", true,
                        "meta", TrickyRecords.map("src", "web"))),
                StoredRecord.of(1, Sample.of("text", "b", "n", 2L, "x", 1.5, "flag", false, "meta", null))));

        MessageType schema = footerSchema(file);

        assertThat(schema.getFields()).extracting(Type::getName)
                .containsExactly("__dj__row__", "__dj__sub__", "text", "n", "x", "flag", "meta");
        assertThat(schema.getType("__dj__row__").isRepetition(Type.Repetition.REQUIRED)).isTrue();
        assertThat(primitive(schema, "__dj__row__")).isEqualTo(PrimitiveTypeName.INT64);
        assertThat(schema.getType("__dj__sub__").getLogicalTypeAnnotation()).isEqualTo(LogicalTypeAnnotation.listType());
        assertThat(primitive(schema, "text")).isEqualTo(PrimitiveTypeName.BINARY);
        assertThat(schema.getType("text").getLogicalTypeAnnotation()).isEqualTo(LogicalTypeAnnotation.stringType());
        assertThat(primitive(schema, "n")).isEqualTo(PrimitiveTypeName.INT64);
        assertThat(primitive(schema, "x")).isEqualTo(PrimitiveTypeName.DOUBLE);
        assertThat(primitive(schema, "flag")).isEqualTo(PrimitiveTypeName.BOOLEAN);
        assertThat(primitive(schema, "meta")).isEqualTo(PrimitiveTypeName.BINARY);
        Schema avro = avroSchema(file);
        assertThat(avro.getField("meta").getObjectProp("dj.json")).isEqualTo(true);
        assertThat(avro.getField("text").getObjectProp("dj.json")).isNull();
    }

    @Test
    void storesMixedTypesAsMarkedJsonText() throws IOException {
        Path file = write(Compression.NONE, List.of(
                StoredRecord.of(0, Sample.of("score", 1L)),
                StoredRecord.of(1, Sample.of("score", 1.0)),
                StoredRecord.of(2, Sample.of("score", "one"))));

        assertThat(primitive(footerSchema(file), "score")).isEqualTo(PrimitiveTypeName.BINARY);
        assertThat(avroSchema(file).getField("score").getObjectProp("dj.json")).isEqualTo(true);
        assertThat(column(file, "score")).containsExactly("1", "1.0", "\"one\"");
    }

    @Test
    void listsTheKeysOfRowsWhoseKeysDifferFromTheColumns() throws IOException {
        Path file = write(Compression.NONE, List.of(
                StoredRecord.of(0, Sample.of("a", 1L, "b", 2L)),
                StoredRecord.of(1, Sample.of("b", 3L, "a", 4L)),
                StoredRecord.of(2, Sample.of("a", null)),
                StoredRecord.of(3, Sample.of("a", 5L, "b", null))));

        assertThat(footerSchema(file).getFields()).extracting(Type::getName)
                .containsExactly("__dj__row__", "__dj__sub__", "__dj__keys__", "a", "b");
        assertThat(column(file, "__dj__keys__")).containsExactly(null, "[\"b\",\"a\"]", "[\"a\"]", null);
    }

    @Test
    void omitsTheKeyListColumnWhenEveryRowHasTheSameKeys() throws IOException {
        Path file = write(Compression.NONE, List.of(
                StoredRecord.of(0, Sample.of("a", 1L, "b", null)),
                StoredRecord.of(1, Sample.of("a", null, "b", "x"))));

        assertThat(footerSchema(file).getFields()).extracting(Type::getName)
                .containsExactly("__dj__row__", "__dj__sub__", "a", "b");
    }

    @Test
    void givesKeysThatAreNoAvroNamesAGeneratedNameAndKeepsTheKey() throws IOException {
        Path file = write(Compression.NONE, List.of(StoredRecord.of(0, Sample.of("meta.src", "x", "_column_0", "y"))));

        Schema avro = avroSchema(file);

        assertThat(avro.getFields()).extracting(Schema.Field::name)
                .containsExactly("__dj__row__", "__dj__sub__", "_column_0_", "_column_0");
        assertThat(avro.getField("_column_0_").getProp("dj.key")).isEqualTo("meta.src");
        assertThat(avro.getField("_column_0").getProp("dj.key")).isNull();
    }

    @ParameterizedTest
    @EnumSource(Compression.class)
    void compressesPagesWithTheConfiguredCodec(Compression compression) throws IOException {
        Path file = write(compression, TrickyRecords.many(100));
        CompressionCodecName expected = switch (compression) {
            case SNAPPY -> CompressionCodecName.SNAPPY;
            case GZIP -> CompressionCodecName.GZIP;
            case NONE -> CompressionCodecName.UNCOMPRESSED;
        };

        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
            List<BlockMetaData> rowGroups = reader.getFooter().getBlocks();
            assertThat(rowGroups).isNotEmpty();
            for (BlockMetaData rowGroup : rowGroups) {
                assertThat(rowGroup.getColumns()).extracting(ColumnChunkMetaData::getCodec).containsOnly(expected);
            }
        }
    }

    private Path write(Compression compression, List<StoredRecord> records) throws IOException {
        RecordEncoding format = RecordEncoding.of(RecordFormat.PARQUET, compression);
        Path file = dir.resolve("part-" + compression + ".parquet");
        try (RecordWriter writer = format.newWriter(Files.newOutputStream(file))) {
            for (StoredRecord record : records) {
                writer.write(record.row(), record.sub(), record.sample());
            }
        }
        return file;
    }

    private static MessageType footerSchema(Path file) throws IOException {
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
            return reader.getFooter().getFileMetaData().getSchema();
        }
    }

    private static PrimitiveTypeName primitive(MessageType schema, String field) {
        return schema.getType(field).asPrimitiveType().getPrimitiveTypeName();
    }

    private static Schema avroSchema(Path file) throws IOException {
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
            Map<String, String> metadata = reader.getFooter().getFileMetaData().getKeyValueMetaData();
            return new Schema.Parser().parse(metadata.get("parquet.avro.schema"));
        }
    }

    /** The stored values of one column, as a standard parquet reader sees them. */
    private static List<String> column(Path file, String field) throws IOException {
        List<String> values = new ArrayList<>();
        try (ParquetReader<GenericRecord> reader = AvroParquetReader.<GenericRecord>builder(new LocalInputFile(file))
                .withDataModel(GenericData.get()).build()) {
            for (GenericRecord record = reader.read(); record != null; record = reader.read()) {
                Object value = record.get(field);
                values.add(value == null ? null : value.toString());
            }
        }
        return values;
    }
}
