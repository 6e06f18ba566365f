package io.djflink.partition;

import static org.assertj.core.api.Assertions.assertThat;

import io.djflink.ops.Sample;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModalityDetectorTest {

    private final ModalityDetector detector = new ModalityDetector("content", "pics", "sounds", "clips");

    @Test
    void usesTheRecipesKeys() {
        assertThat(detector.detect(Sample.of("content", "words"))).isEqualTo(Modality.TEXT);
        assertThat(detector.detect(Sample.of("pics", List.of("a.png")))).isEqualTo(Modality.IMAGE);
        assertThat(detector.detect(Sample.of("sounds", List.of("a.wav")))).isEqualTo(Modality.AUDIO);
        assertThat(detector.detect(Sample.of("clips", List.of("a.mp4")))).isEqualTo(Modality.VIDEO);
        assertThat(detector.detect(Sample.of("text", "ignored", "images", List.of("a.png")))).isEqualTo(Modality.TEXT);
    }

    @Test
    void moreThanOneModalityIsMultimodal() {
        assertThat(detector.detect(Sample.of("content", "<__dj__image> a bus", "pics", List.of("bus.jpg"))))
                .isEqualTo(Modality.MULTIMODAL);
    }

    @Test
    void emptyNullAndFalseValuesDoNotCountAsPythonWouldNot() {
        Sample sample = Sample.of("content", "", "pics", List.of(), "sounds", null, "clips", Map.of());

        assertThat(detector.detect(sample)).isEqualTo(Modality.TEXT);
        assertThat(detector.detect(Sample.of("pics", List.of("a.png"), "content", false))).isEqualTo(Modality.IMAGE);
    }

    @Test
    void readsDottedKeysIntoNestedFields() {
        ModalityDetector nested = new ModalityDetector("text", "media.images", "audios", "videos");

        assertThat(nested.detect(Sample.of("media", Map.of("images", List.of("a.png"))))).isEqualTo(Modality.IMAGE);
    }
}
