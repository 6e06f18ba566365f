package io.djflink.ops;

/**
 * An exact deduplicator: samples with equal hashes are duplicates, and the first one in input
 * order is kept. The decision for a sample depends only on the samples before it, so an engine
 * can decide as soon as it knows every earlier sample's hash.
 */
public interface Deduplicator extends Op {

    /** DataJuicer's {@code compute_hash}: the key that identifies duplicates. */
    String computeHash(Sample sample);
}
