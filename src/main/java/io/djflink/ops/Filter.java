package io.djflink.ops;

/**
 * DataJuicer's two-phase filter: {@link #computeStats} records statistics in
 * {@code __dj__stats__} (reusing a value already present), then {@link #process} decides whether
 * the sample is kept.
 */
public interface Filter extends Op {

    void computeStats(Sample sample);

    boolean process(Sample sample);
}
