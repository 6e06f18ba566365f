package io.djflink.storage.outputs;

import io.djflink.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * How far an uncommitted partition output got: the part files closed so far. Flink keeps it in
 * operator state, so a restored task continues the output exactly where the checkpoint was taken.
 *
 * @param partitionId the partition whose output this is
 * @param dir the output directory
 * @param parts part files closed at or before the checkpoint
 */
public record OutputProgress(int partitionId, String dir, List<PartFile> parts) {

    public OutputProgress {
        parts = List.copyOf(parts);
    }

    public long rows() {
        long n = 0;
        for (PartFile p : parts) {
            n += p.rows();
        }
        return n;
    }

    public String toJson() {
        try {
            return Json.mapper().writeValueAsString(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static OutputProgress fromJson(String json) {
        try {
            return Json.mapper().readValue(json, OutputProgress.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
