package io.djflink.storage.outputs;

import java.io.Serializable;

/** One committed part file of a partition output: its name within the output directory, size and checksum. */
public record PartFile(String file, long rows, long bytes, String sha256) implements Serializable {
}
