package io.djflink.partition;

import io.djflink.storage.input.InputSegment;
import io.djflink.storage.input.RawRowReader;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A partition's content hash: SHA-256 over each row's bytes followed by a newline, in row order.
 * A JSON lines row is hashed as stored (so hashing needs no parsing and a corrupt line hashes like
 * any other), a Parquet row as its compact JSON. Blank lines are not rows and do not count.
 */
public final class ContentHash {

    /** Recorded in the partition table; a table hashed otherwise cannot be validated. */
    public static final String ALGORITHM = "sha256-rows-v1";

    private final MessageDigest digest;

    public ContentHash() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    public void addRow(byte[] bytes, int offset, int length) {
        digest.update(bytes, offset, length);
        digest.update((byte) '\n');
    }

    /** The hex hash of the rows added since the last call; starts over. */
    public String finish() {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Hashes a partition again from its segments, reading only them. */
    public static String recompute(Partition partition) throws IOException {
        ContentHash hash = new ContentHash();
        for (InputSegment segment : partition.segments()) {
            try (RawRowReader rows = RawRowReader.openSegment(segment)) {
                for (long i = 0; i < segment.rowCount() && rows.next(); i++) {
                    hash.addRow(rows.buffer(), rows.offset(), rows.length());
                }
            }
        }
        return hash.finish();
    }
}
