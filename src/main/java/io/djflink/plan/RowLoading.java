package io.djflink.plan;

import io.djflink.config.RecipeConfig;
import io.djflink.ops.Sample;
import io.djflink.storage.input.InputRow;
import io.djflink.storage.input.MediaLocations;
import java.io.Serializable;
import java.util.List;

/**
 * What DataJuicer's loader does to each input row before the first op: media paths made absolute
 * (see {@link MediaLocations}), and the source file's extension in {@code __dj__suffix__} when the
 * recipe uses {@code suffix_filter}. Both executors load rows through this, so their exports agree.
 */
public final class RowLoading implements Serializable {

    private static final long serialVersionUID = 1L;

    private final boolean addSourceSuffix;
    private final MediaLocations media;

    public RowLoading(boolean addSourceSuffix, MediaLocations media) {
        this.addSourceSuffix = addSourceSuffix;
        this.media = media;
    }

    public static RowLoading forRecipe(RecipeConfig config, ExecutionPlan plan) {
        return new RowLoading(plan.needsSourceSuffix(), new MediaLocations(config.datasetPath(),
                List.of(config.imageKey(), config.audioKey(), config.videoKey())));
    }

    /** The row's sample, ready for the first op. */
    public Sample load(InputRow row) {
        Sample sample = row.sample();
        media.absolutise(sample, row.file());
        if (addSourceSuffix) {
            sample.put(Sample.SUFFIX, row.fileSuffix());
        }
        return sample;
    }
}
