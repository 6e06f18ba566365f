package io.djflink.storage.outputs;

import java.util.Locale;

/** The kinds of per-partition output a job writes. */
public enum OutputKind {
    /** Records after a checkpoint boundary op ({@code checkpoints/checkpoint_op_*}). */
    STAGE,
    /** Keys fed into a global op ({@code checkpoints/digest_op_*}). */
    DIGEST,
    /** The partition's final, exported records ({@code results/}). */
    RESULT;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
