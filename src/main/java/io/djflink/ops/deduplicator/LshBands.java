package io.djflink.ops.deduplicator;

import io.djflink.python.GaussKronrod;

/**
 * How MinHash LSH cuts a signature: {@code bands} bands of {@code rows} values each. Two samples
 * become candidates when all values of some band agree.
 */
record LshBands(int bands, int rows) {

    private static final double TOLERANCE = 1e-13;

    /**
     * DataJuicer's {@code optimal_param} (from datasketch): the (bands, rows) with
     * {@code bands * rows <= permutations} that minimise {@code 0.5 * FP + 0.5 * FN}, where FP is
     * the area under the candidate probability {@code 1 - (1 - s^r)^b} for similarities
     * {@code s} below the threshold and FN the area above it where a pair is missed. Candidates
     * are tried bands first, then rows, both ascending; the first minimum wins.
     */
    static LshBands optimal(double threshold, int permutations) {
        double minError = Double.POSITIVE_INFINITY;
        LshBands best = new LshBands(0, 0);
        for (int b = 1; b <= permutations; b++) {
            for (int r = 1; r <= permutations / b; r++) {
                double error = 0.5 * falsePositiveArea(threshold, b, r) + 0.5 * falseNegativeArea(threshold, b, r);
                if (error < minError) {
                    minError = error;
                    best = new LshBands(b, r);
                }
            }
        }
        return best;
    }

    private static double falsePositiveArea(double threshold, int bands, int rows) {
        return GaussKronrod.integrate(s -> 1 - Math.pow(1 - Math.pow(s, rows), bands), 0, threshold, TOLERANCE);
    }

    private static double falseNegativeArea(double threshold, int bands, int rows) {
        return GaussKronrod.integrate(s -> Math.pow(1 - Math.pow(s, rows), bands), threshold, 1, TOLERANCE);
    }
}
