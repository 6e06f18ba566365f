package io.djflink.partition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.djflink.config.PartitionMode;
import io.djflink.storage.input.InputFile;
import io.djflink.storage.input.InputFileKind;
import io.djflink.storage.input.InputSegment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The partition table as JSON, with snake_case names a person can read. Derived values (end rows,
 * totals) are written for readers and checked, not trusted, when read back.
 */
final class PartitionTableJson {

    static final int FORMAT_VERSION = 1;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PartitionTableJson() {
    }

    /** Thrown for a file that is not a partition table this version can read; the message says what is wrong. */
    static final class InvalidTableException extends Exception {
        InvalidTableException(String message) {
            super(message);
        }
    }

    static ObjectNode toJson(PartitionTable table) {
        ObjectNode root = NODES.objectNode();
        root.put("format_version", FORMAT_VERSION);
        root.put("dataset_path", table.datasetPath());
        root.put("hash_algorithm", table.hashAlgorithm());
        root.put("mode", table.mode().configName());
        root.put("num_partitions", table.partitions().size());
        root.put("total_rows", table.totalRows());
        root.put("total_bytes", table.totalBytes());
        root.put("reason", table.reason());
        ArrayNode warnings = root.putArray("warnings");
        table.warnings().forEach(warnings::add);
        ArrayNode files = root.putArray("files");
        for (InputFile file : table.files()) {
            ObjectNode f = files.addObject();
            f.put("path", file.path());
            f.put("format", file.kind().configName());
            f.put("size", file.size());
            f.put("modified", file.modified().toString());
        }
        if (table.analysis() != null) {
            root.set("analysis", analysisToJson(table.analysis()));
        }
        ArrayNode partitions = root.putArray("partitions");
        for (Partition p : table.partitions()) {
            ObjectNode n = partitions.addObject();
            n.put("id", p.id());
            n.put("start_row", p.startRow());
            n.put("end_row", p.endRow());
            n.put("row_count", p.rowCount());
            n.put("bytes", p.bytes());
            n.put("content_hash", p.contentHash());
            ArrayNode segments = n.putArray("segments");
            p.segments().forEach(s -> segments.add(segmentToJson(s)));
        }
        return root;
    }

    private static ObjectNode analysisToJson(PartitionAnalysis a) {
        ObjectNode n = NODES.objectNode();
        n.put("sampled_rows", a.sampledRows());
        ObjectNode counts = n.putObject("modality_counts");
        a.modalityCounts().forEach((m, count) -> counts.put(m.configName(), count));
        n.put("primary_modality", a.primaryModality().configName());
        n.put("memory_multiplier", a.primaryModality().memoryMultiplier());
        n.put("p90_row_bytes", a.p90RowBytes());
        n.put("rows_with_media", a.rowsWithMedia());
        n.put("complexity_score", a.complexity().score());
        ArrayNode ops = n.putArray("scored_ops");
        for (OpWeight op : a.scoredOps()) {
            ops.addObject().put("op", op.op()).put("weight", op.weight());
        }
        n.put("target_size_mb", a.targetSizeMb());
        n.put("rows_per_partition", a.rowsPerPartition());
        n.put("max_rows_per_partition", a.primaryModality().maxRows());
        n.put("partitions_by_size", a.partitionsBySize());
        n.put("throughput_floor", a.throughputFloor());
        return n;
    }

    private static ObjectNode segmentToJson(InputSegment s) {
        ObjectNode n = NODES.objectNode();
        n.put("file", s.file());
        n.put("format", s.kind().configName());
        n.put("dataset_row", s.datasetRow());
        n.put("file_row", s.fileRow());
        n.put("row_count", s.rowCount());
        if (s.hasByteRange()) {
            n.put("start_byte", s.startByte());
            n.put("end_byte", s.endByte());
        }
        if (s.firstLine() != InputSegment.UNKNOWN) {
            n.put("first_line", s.firstLine());
        }
        return n;
    }

    static PartitionTable fromJson(JsonNode root) throws InvalidTableException {
        long version = number(root, "format_version", "the table");
        if (version != FORMAT_VERSION) {
            throw new InvalidTableException("format_version " + version + " is not " + FORMAT_VERSION);
        }
        List<InputFile> files = new ArrayList<>();
        for (JsonNode f : array(root, "files", "the table")) {
            String where = "files[" + files.size() + "]";
            files.add(new InputFile(text(f, "path", where), kind(f, where), number(f, "size", where),
                    instant(f, "modified", where)));
        }
        List<Partition> partitions = new ArrayList<>();
        for (JsonNode p : array(root, "partitions", "the table")) {
            partitions.add(partitionFromJson(p, "partitions[" + partitions.size() + "]"));
        }
        List<String> warnings = new ArrayList<>();
        for (JsonNode w : array(root, "warnings", "the table")) {
            warnings.add(w.asText());
        }
        PartitionMode mode = mode(text(root, "mode", "the table"));
        PartitionAnalysis analysis = root.hasNonNull("analysis") ? analysisFromJson(root.get("analysis")) : null;
        try {
            return new PartitionTable(text(root, "dataset_path", "the table"), files,
                    text(root, "hash_algorithm", "the table"), mode, text(root, "reason", "the table"), warnings,
                    analysis, partitions);
        } catch (IllegalArgumentException e) {
            throw new InvalidTableException(e.getMessage());
        }
    }

    private static Partition partitionFromJson(JsonNode p, String where) throws InvalidTableException {
        long start = number(p, "start_row", where);
        long rows = number(p, "row_count", where);
        if (number(p, "end_row", where) != start + rows) {
            throw new InvalidTableException(where + ": end_row is not start_row + row_count");
        }
        List<InputSegment> segments = new ArrayList<>();
        for (JsonNode s : array(p, "segments", where)) {
            String segmentWhere = where + ".segments[" + segments.size() + "]";
            try {
                segments.add(new InputSegment(text(s, "file", segmentWhere), kind(s, segmentWhere),
                        number(s, "dataset_row", segmentWhere), number(s, "file_row", segmentWhere),
                        number(s, "row_count", segmentWhere), optionalNumber(s, "start_byte"),
                        optionalNumber(s, "end_byte"), optionalNumber(s, "first_line")));
            } catch (IllegalArgumentException e) {
                throw new InvalidTableException(segmentWhere + ": " + e.getMessage());
            }
        }
        try {
            return new Partition((int) number(p, "id", where), start, rows, number(p, "bytes", where), segments,
                    text(p, "content_hash", where));
        } catch (IllegalArgumentException e) {
            throw new InvalidTableException(where + ": " + e.getMessage());
        }
    }

    private static PartitionAnalysis analysisFromJson(JsonNode a) throws InvalidTableException {
        String where = "analysis";
        Map<Modality, Long> counts = new EnumMap<>(Modality.class);
        JsonNode countNode = a.get("modality_counts");
        if (countNode == null || !countNode.isObject()) {
            throw new InvalidTableException(where + ": missing object 'modality_counts'");
        }
        for (var e : countNode.properties()) {
            counts.put(modality(e.getKey()), e.getValue().asLong());
        }
        List<OpWeight> ops = new ArrayList<>();
        for (JsonNode op : array(a, "scored_ops", where)) {
            ops.add(new OpWeight(text(op, "op", where + ".scored_ops"), op.path("weight").asDouble()));
        }
        PipelineComplexity complexity = new PipelineComplexity(a.path("complexity_score").asDouble(), ops);
        return new PartitionAnalysis((int) number(a, "sampled_rows", where), counts,
                modality(text(a, "primary_modality", where)), number(a, "p90_row_bytes", where),
                a.path("rows_with_media").asLong(0), complexity,
                (int) number(a, "target_size_mb", where), number(a, "rows_per_partition", where),
                number(a, "partitions_by_size", where), number(a, "throughput_floor", where));
    }

    private static Iterable<JsonNode> array(JsonNode node, String field, String where) throws InvalidTableException {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw new InvalidTableException(where + ": missing array '" + field + "'");
        }
        return value;
    }

    private static String text(JsonNode node, String field, String where) throws InvalidTableException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new InvalidTableException(where + ": missing text '" + field + "'");
        }
        return value.asText();
    }

    private static long number(JsonNode node, String field, String where) throws InvalidTableException {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber()) {
            throw new InvalidTableException(where + ": missing whole number '" + field + "'");
        }
        return value.asLong();
    }

    private static long optionalNumber(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null ? InputSegment.UNKNOWN : value.asLong();
    }

    private static Instant instant(JsonNode node, String field, String where) throws InvalidTableException {
        String value = text(node, field, where);
        try {
            return Instant.parse(value);
        } catch (RuntimeException e) {
            throw new InvalidTableException(where + ": '" + field + "' is not an ISO-8601 instant: " + value);
        }
    }

    private static InputFileKind kind(JsonNode node, String where) throws InvalidTableException {
        try {
            return InputFileKind.forName(text(node, "format", where));
        } catch (IllegalArgumentException e) {
            throw new InvalidTableException(where + ": " + e.getMessage());
        }
    }

    private static Modality modality(String name) throws InvalidTableException {
        try {
            return Modality.forConfigName(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidTableException("analysis: " + e.getMessage());
        }
    }

    private static PartitionMode mode(String name) throws InvalidTableException {
        try {
            return PartitionMode.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidTableException("mode '" + name + "' is neither auto nor manual");
        }
    }
}
