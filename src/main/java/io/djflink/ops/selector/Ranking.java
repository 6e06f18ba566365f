package io.djflink.ops.selector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Python's {@code heapq.nsmallest(n, range(size), key)} and {@code heapq.nlargest(...)}: the same as
 * {@code sorted(range(size), key=key, reverse=descending)[:n]}, a stable sort, so among equal keys
 * the earlier index comes first in both directions.
 */
final class Ranking {

    private Ranking() {
    }

    /** @param n how many to take; more than {@code size} takes all, zero or less none */
    static List<Integer> first(int size, Comparator<Integer> byKey, boolean descending, long n) {
        List<Integer> indices = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            indices.add(i);
        }
        indices.sort(descending ? byKey.reversed() : byKey);
        return indices.subList(0, (int) Math.max(0, Math.min(n, size)));
    }

    /**
     * Orders indices by a number as Python's {@code <} does, so {@code -0.0} equals {@code 0.0}.
     * NaN, which Python never orders, sorts above every number here.
     */
    static Comparator<Integer> byNumber(IntToDoubleFunction number) {
        return (i, j) -> {
            double x = number.applyAsDouble(i);
            double y = number.applyAsDouble(j);
            return x < y ? -1 : x > y ? 1 : Double.isNaN(x) || Double.isNaN(y) ? Double.compare(x, y) : 0;
        };
    }
}
