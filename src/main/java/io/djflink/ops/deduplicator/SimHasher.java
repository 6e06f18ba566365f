package io.djflink.ops.deduplicator;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The 64-bit simhash of seomoz's {@code simhash} library as DataJuicer calls it
 * ({@code simhash.compute(map(simhash.unsigned_hash, tokens))}): each token is hashed to the first
 * 8 bytes of its MD5 (big-endian), and bit {@code i} of the result is set when more token hashes
 * have it set than not. No tokens give 0.
 */
final class SimHasher {

    private final MessageDigest md5;

    SimHasher() {
        try {
            md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no MD5", e);
        }
    }

    long simhash(List<String> tokens) {
        int[] votes = new int[Long.SIZE];
        for (String token : tokens) {
            long h = tokenHash(token);
            for (int bit = 0; bit < Long.SIZE; bit++) {
                votes[bit] += ((h >>> bit) & 1) != 0 ? 1 : -1;
            }
        }
        long result = 0;
        for (int bit = 0; bit < Long.SIZE; bit++) {
            if (votes[bit] > 0) {
                result |= 1L << bit;
            }
        }
        return result;
    }

    /** {@code simhash.unsigned_hash}: the first 8 bytes of the MD5 of the UTF-8 bytes, big-endian. */
    long tokenHash(String token) {
        return ByteBuffer.wrap(md5.digest(token.getBytes(StandardCharsets.UTF_8))).getLong();
    }
}
