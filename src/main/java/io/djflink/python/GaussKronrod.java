package io.djflink.python;

import java.util.function.DoubleUnaryOperator;

/**
 * Adaptive Gauss-Kronrod integration (the 7/15-point pair of QUADPACK, which scipy's {@code quad}
 * builds on): an interval whose 15-point and 7-point estimates differ by more than its share of
 * the tolerance is halved.
 */
public final class GaussKronrod {

    /** Kronrod abscissae on [-1, 1], descending; every odd index is also a Gauss node. */
    private static final double[] NODES = {0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
        0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
        0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
        0.207784955007898467600689403773245, 0.0};
    private static final double[] KRONROD_WEIGHTS = {0.022935322010529224963732008058970,
        0.063092092629978553290700663189204, 0.104790010322250183839876322541518,
        0.140653259715525918745189590510238, 0.169004726639267902826583426598550,
        0.190350578064785409913256402421014, 0.204432940075298892414161999234649,
        0.209482141084727828012999174891714};
    /** Gauss weights of nodes 1, 3, 5 and 7. */
    private static final double[] GAUSS_WEIGHTS = {0.129484966168869693270611432679082,
        0.279705391489276667901467771423780, 0.381830050505118944950369775488975,
        0.417959183673469387755102040816327};
    private static final int MAX_DEPTH = 40;

    private GaussKronrod() {
    }

    /** The integral of {@code f} over [a, b] to within about {@code tolerance} (absolute). */
    public static double integrate(DoubleUnaryOperator f, double a, double b, double tolerance) {
        if (a == b) {
            return 0;
        }
        return adapt(f, a, b, tolerance, 0);
    }

    private static double adapt(DoubleUnaryOperator f, double a, double b, double tolerance, int depth) {
        double center = 0.5 * (a + b);
        double half = 0.5 * (b - a);
        double fc = f.applyAsDouble(center);
        double kronrod = KRONROD_WEIGHTS[7] * fc;
        double gauss = GAUSS_WEIGHTS[3] * fc;
        for (int i = 0; i < 7; i++) {
            double dx = half * NODES[i];
            double pair = f.applyAsDouble(center - dx) + f.applyAsDouble(center + dx);
            kronrod += KRONROD_WEIGHTS[i] * pair;
            if (i % 2 == 1) {
                gauss += GAUSS_WEIGHTS[i / 2] * pair;
            }
        }
        kronrod *= half;
        gauss *= half;
        if (Math.abs(kronrod - gauss) <= tolerance || depth == MAX_DEPTH) {
            return kronrod;
        }
        return adapt(f, a, center, tolerance / 2, depth + 1) + adapt(f, center, b, tolerance / 2, depth + 1);
    }
}
