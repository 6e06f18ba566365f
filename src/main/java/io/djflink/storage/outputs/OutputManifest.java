package io.djflink.storage.outputs;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.djflink.json.Json;
import java.io.IOException;
import java.util.List;

/**
 * {@code _manifest.json} of a committed partition output. Its presence is the commit: an output
 * directory without it is incomplete and never read.
 *
 * @param operationIdx the op after which the records were taken (for results: the last op)
 * @param fingerprint identifies the ops that produced the records (see {@code OpFingerprints})
 * @param rowCount rows over all parts
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OutputManifest(String kind, int partitionId, int operationIdx, String operationName,
        String fingerprint, String format, String compression, long rowCount, List<PartFile> parts,
        double createdAt) {

    public static final String FILE_NAME = "_manifest.json";

    public OutputKind outputKind() {
        return OutputKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
    }

    public byte[] toJsonBytes() {
        try {
            return Json.pretty().writeValueAsBytes(this);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static OutputManifest fromJson(byte[] json) throws IOException {
        return Json.mapper().readValue(json, OutputManifest.class);
    }
}
