package io.djflink.ops;

import java.util.BitSet;
import java.util.List;

/**
 * An op that decides over the whole dataset at once: DataJuicer's near-duplicate deduplicators
 * (clusters may join samples far apart) and its selectors. The decision needs only a small digest
 * of every sample, so an engine can keep digests in order, decide once every sample has been
 * seen, and replay the decision from stored digests when it resumes.
 */
public interface DatasetOp extends Op {

    /**
     * What the decision needs from one sample (for a deduplicator, its hash or signature; for a
     * selector, the field it selects on). A JSON-like value: null, String, Long, Double, Boolean,
     * or a List or Map of those. Like DataJuicer's {@code compute_hash}, it may also record a hash
     * field in the sample (such as {@code __dj__simhash}); the sample travels on as it leaves it.
     */
    Object digest(Sample sample);

    /**
     * Which samples to keep.
     *
     * @param digests every sample's digest, in input order
     * @return the indices (into {@code digests}) of the samples kept
     */
    BitSet select(List<Object> digests);
}
