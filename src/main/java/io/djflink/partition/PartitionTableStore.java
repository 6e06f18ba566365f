package io.djflink.partition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.djflink.json.Json;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Keeps a job's partition table at {@code {jobDir}/partitions/partitions.json}. Writes are atomic
 * (a synced temporary file renamed over the old one), so a crash leaves the old table or the new
 * one, never half of one.
 */
public final class PartitionTableStore {

    private PartitionTableStore() {
    }

    public static Path tableFile(Path jobDir) {
        return jobDir.resolve("partitions").resolve("partitions.json");
    }

    public static boolean exists(Path jobDir) {
        return Files.isRegularFile(tableFile(jobDir));
    }

    public static void write(Path jobDir, PartitionTable table) throws IOException {
        Path target = tableFile(jobDir);
        Path directory = target.getParent();
        Files.createDirectories(directory);
        byte[] json = Json.pretty().writeValueAsBytes(PartitionTableJson.toJson(table));
        Path temporary = directory.resolve(target.getFileName() + ".tmp");
        try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(json);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(true);
        }
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncDirectory(directory);
    }

    /** Makes the rename itself durable; not every platform can open a directory, and there it is skipped. */
    private static void syncDirectory(Path directory) {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // Windows cannot open directories; the rename is still atomic there
        }
    }

    /** @throws IOException when the file is missing or is not a valid table; the message names the file */
    public static PartitionTable read(Path jobDir) throws IOException {
        Path file = tableFile(jobDir);
        JsonNode root;
        try {
            root = Json.mapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        try {
            return PartitionTableJson.fromJson(root);
        } catch (PartitionTableJson.InvalidTableException e) {
            throw new IOException(file + ": not a valid partition table: " + e.getMessage(), e);
        }
    }
}
