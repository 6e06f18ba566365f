package io.djflink.partition;

import io.djflink.config.RecipeConfig;
import io.djflink.ops.Sample;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Tells a row's modality by which of the recipe's text, image, audio and video fields hold a value
 * Python would call true (not missing, null, empty, zero or false), as DataJuicer's
 * {@code detect_modality} does. Several → {@link Modality#MULTIMODAL}; none → {@link Modality#TEXT}.
 */
public final class ModalityDetector {

    private final String textKey;
    private final String imageKey;
    private final String audioKey;
    private final String videoKey;

    public ModalityDetector(String textKey, String imageKey, String audioKey, String videoKey) {
        this.textKey = textKey;
        this.imageKey = imageKey;
        this.audioKey = audioKey;
        this.videoKey = videoKey;
    }

    public static ModalityDetector forRecipe(RecipeConfig config) {
        return new ModalityDetector(config.textKey(), config.imageKey(), config.audioKey(), config.videoKey());
    }

    /** The image, audio and video fields. */
    public List<String> mediaKeys() {
        return List.of(imageKey, audioKey, videoKey);
    }

    public Modality detect(Sample sample) {
        Modality found = null;
        int kinds = 0;
        for (Modality candidate : new Modality[] {Modality.TEXT, Modality.IMAGE, Modality.AUDIO, Modality.VIDEO}) {
            if (isTruthy(sample.getPath(keyOf(candidate)))) {
                found = candidate;
                kinds++;
            }
        }
        if (kinds > 1) {
            return Modality.MULTIMODAL;
        }
        return kinds == 1 ? found : Modality.TEXT;
    }

    private String keyOf(Modality modality) {
        return switch (modality) {
            case TEXT -> textKey;
            case IMAGE -> imageKey;
            case AUDIO -> audioKey;
            case VIDEO -> videoKey;
            case MULTIMODAL -> throw new IllegalArgumentException("multimodal has no field");
        };
    }

    private static boolean isTruthy(Object value) {
        if (value == null || value == Sample.ABSENT) {
            return false;
        }
        if (value instanceof String s) {
            return !s.isEmpty();
        }
        if (value instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (value instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            return n.doubleValue() != 0;
        }
        return true;
    }
}
