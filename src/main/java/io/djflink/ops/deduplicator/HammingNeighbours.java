package io.djflink.ops.deduplicator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every pair of 64-bit values within a Hamming distance, found as {@code simhash.find_all} finds
 * them: the 64 bits are cut into {@code blocks} blocks; two values that differ in at most
 * {@code distance} bits agree on at least {@code blocks - distance} whole blocks, so comparing only
 * values that agree on some such choice of blocks finds every pair, without comparing all pairs.
 */
final class HammingNeighbours {

    /** Receives each close pair, possibly more than once. */
    interface PairConsumer {
        void accept(int first, int second);
    }

    private final int distance;
    private final long[] blockMasks;

    /** @param blocks more than {@code distance}, at most 64 */
    HammingNeighbours(int blocks, int distance) {
        this.distance = distance;
        this.blockMasks = new long[blocks];
        for (int i = 0; i < blocks; i++) {
            int from = i * Long.SIZE / blocks;
            int to = (i + 1) * Long.SIZE / blocks;
            blockMasks[i] = (to == Long.SIZE ? -1L : (1L << to) - 1) & -(1L << from);
        }
    }

    /** Calls {@code pairs} for every pair of indices into {@code values} whose values are within the distance. */
    void forEachClosePair(long[] values, PairConsumer pairs) {
        List<Long> masks = new ArrayList<>();
        combine(0, blockMasks.length - distance, 0L, masks);
        Map<Long, List<Integer>> agreeing = new HashMap<>();
        for (long mask : masks) {
            agreeing.clear();
            for (int i = 0; i < values.length; i++) {
                agreeing.computeIfAbsent(values[i] & mask, k -> new ArrayList<>()).add(i);
            }
            for (List<Integer> group : agreeing.values()) {
                comparePairs(values, group, pairs);
            }
        }
    }

    private void comparePairs(long[] values, List<Integer> group, PairConsumer pairs) {
        for (int x = 0; x < group.size(); x++) {
            for (int y = x + 1; y < group.size(); y++) {
                int i = group.get(x);
                int j = group.get(y);
                if (Long.bitCount(values[i] ^ values[j]) <= distance) {
                    pairs.accept(i, j);
                }
            }
        }
    }

    /** Collects the union of every choice of {@code choose} blocks from block {@code from} on. */
    private void combine(int from, int choose, long chosen, List<Long> out) {
        if (choose == 0) {
            out.add(chosen);
            return;
        }
        for (int i = from; i <= blockMasks.length - choose; i++) {
            combine(i + 1, choose - 1, chosen | blockMasks[i], out);
        }
    }
}
