package io.djflink.storage.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetExportWriterTest {

    @TempDir
    Path dir;

    @Test
    void unifiesMapsWithDifferentKeysIntoOneStructWithEveryKey() throws IOException {
        Path target = export(
                "{\"text\":\"a\",\"meta\":{\"src\":\"web\",\"lang\":\"en\"}}",
                "{\"text\":\"b\",\"meta\":{\"lang\":\"zh\",\"tags\":[\"x\",\"y\"]}}\n{\"text\":\"c\"}");

        assertThat(schemaOf(target)).isEqualTo(MessageTypeParser.parseMessageType("""
                message schema {
                  optional binary text (STRING);
                  optional group meta {
                    optional binary src (STRING);
                    optional binary lang (STRING);
                    optional group tags (LIST) {
                      repeated group list {
                        optional binary element (STRING);
                      }
                    }
                  }
                }"""));
        assertThat(rowsOf(target)).containsExactly(
                map("text", "a", "meta", map("src", "web", "lang", "en", "tags", null)),
                map("text", "b", "meta", map("src", null, "lang", "zh", "tags", List.of("x", "y"))),
                map("text", "c", "meta", null));
    }

    @Test
    void widensIntegersNextToFloatsToDoubles() throws IOException {
        Path target = export("{\"score\":1}\n{\"score\":2.5}\n{\"score\":null}");

        assertThat(schemaOf(target).getType("score").asPrimitiveType().getPrimitiveTypeName().name()).isEqualTo("DOUBLE");
        assertThat(rowsOf(target)).containsExactly(map("score", 1.0), map("score", 2.5), map("score", null));
    }

    @Test
    void unifiesTheElementsOfListsIncludingListsOfMaps() throws IOException {
        Path target = export(
                "{\"l\":[1,2],\"items\":[{\"a\":1}]}",
                "{\"l\":[1.5,null],\"items\":[{\"b\":\"x\"},{\"a\":2,\"b\":\"y\"}]}\n{\"l\":[],\"items\":null}");

        assertThat(rowsOf(target)).containsExactly(
                map("l", List.of(1.0, 2.0), "items", List.of(map("a", 1L, "b", null))),
                map("l", Arrays.asList(1.5, null), "items", List.of(map("a", null, "b", "x"), map("a", 2L, "b", "y"))),
                map("l", List.of(), "items", null));
    }

    @Test
    void storesValuesOfIrreconcilableTypesAsJsonText() throws IOException {
        Path target = export("{\"v\":\"a\",\"big\":1}\n{\"v\":1,\"big\":123456789012345678901234567890}\n{\"v\":{\"k\":[true]}}");

        assertThat(schemaOf(target).getType("v").toString()).isEqualTo("optional binary v (STRING)");
        assertThat(rowsOf(target)).containsExactly(
                map("v", "\"a\"", "big", "1"),
                map("v", "1", "big", "123456789012345678901234567890"),
                map("v", "{\"k\":[true]}", "big", null));
    }

    @Test
    void storesMapsThatAreAlwaysEmptyAsJsonTextAndOnlyNullsAsStrings() throws IOException {
        Path target = export("{\"m\":{},\"nothing\":null}\n{\"m\":null,\"nothing\":null}");

        assertThat(schemaOf(target)).isEqualTo(MessageTypeParser.parseMessageType(
                "message schema { optional binary m (STRING); optional binary nothing (STRING); }"));
        assertThat(rowsOf(target)).containsExactly(map("m", "{}", "nothing", null), map("m", null, "nothing", null));
    }

    @Test
    void keepsRowOrderAcrossPartsAndCompressesWithSnappy() throws IOException {
        List<String> parts = new ArrayList<>();
        for (int part = 0; part < 3; part++) {
            StringBuilder lines = new StringBuilder();
            for (int i = 0; i < 1000; i++) {
                lines.append("{\"id\":").append(part * 1000 + i).append(",\"text\":\"row ").append(i).append("\"}\n");
            }
            parts.add(lines.toString());
        }
        Path target = export(parts.toArray(new String[0]));

        List<Map<String, Object>> rows = rowsOf(target);
        assertThat(rows).hasSize(3000);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).get("id")).isEqualTo((long) i);
        }
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(target))) {
            assertThat(reader.getFooter().getBlocks().get(0).getColumns())
                    .extracting(ColumnChunkMetaData::getCodec).containsOnly(CompressionCodecName.SNAPPY);
        }
    }

    @Test
    void refusesToExportRowsWithoutAnyField() throws IOException {
        Path target = dir.resolve("result.parquet");
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");

        assertThatThrownBy(() -> ExportFormat.PARQUET.writer().write(List.of(empty), target))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("cannot export " + target + " as parquet: no row has any field");
    }

    private Path export(String... parts) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            files.add(Files.writeString(dir.resolve("part-" + i + ".jsonl"), parts[i]));
        }
        Path target = dir.resolve("result.parquet");
        ExportFormat.PARQUET.writer().write(files, target);
        return target;
    }

    private static MessageType schemaOf(Path file) throws IOException {
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
            return reader.getFooter().getFileMetaData().getSchema();
        }
    }

    /** The rows as a standard parquet reader (parquet-avro) sees them, as plain maps and lists. */
    private static List<Map<String, Object>> rowsOf(Path file) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (ParquetReader<GenericRecord> reader = AvroParquetReader.<GenericRecord>builder(new LocalInputFile(file))
                .withDataModel(GenericData.get())
                .set("parquet.avro.add-list-element-records", "false")
                .build()) {
            for (GenericRecord record = reader.read(); record != null; record = reader.read()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> row = (Map<String, Object>) plain(record);
                rows.add(row);
            }
        }
        return rows;
    }

    private static Object plain(Object value) {
        if (value instanceof GenericRecord record) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Schema.Field field : record.getSchema().getFields()) {
                map.put(field.name(), plain(record.get(field.pos())));
            }
            return map;
        }
        if (value instanceof Collection<?> items) {
            List<Object> list = new ArrayList<>();
            items.forEach(item -> list.add(plain(item)));
            return list;
        }
        if (value instanceof CharSequence || value instanceof ByteBuffer) {
            return value instanceof ByteBuffer bytes ? StandardCharsets.UTF_8.decode(bytes).toString() : value.toString();
        }
        return value;
    }

    private static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
