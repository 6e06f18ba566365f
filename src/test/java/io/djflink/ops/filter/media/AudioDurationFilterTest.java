package io.djflink.ops.filter.media;

import static io.djflink.ops.filter.media.MediaSamples.filter;
import static io.djflink.ops.filter.media.MediaSamples.keeps;
import static io.djflink.ops.filter.media.MediaSamples.kept;
import static io.djflink.ops.filter.media.MediaSamples.listing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.djflink.ops.Filter;
import io.djflink.ops.Sample;
import io.djflink.ops.media.MediaUnreadableException;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Demo audios: audio1.wav 5.50 s, audio3.ogg 119.88 s. */
class AudioDurationFilterTest {

    private static final String[] ONE_EACH = {"audio1.wav", "audio3.ogg"};

    @TempDir
    Path dir;

    @Test
    void recordsEachAudiosDurationInSeconds() {
        Sample sample = listing("audios", "audio1.wav", "audio3.ogg");
        filter(AudioDurationFilter.SPEC, Map.of()).computeStats(sample);
        assertThat(sample.stats()).containsEntry("audio_duration", List.of(242_624 / 44_100.0, 2_643_264 / 22_050.0));
    }

    @Test
    void keepsAudiosWithinTheDurationsAsDataJuicersTests() {
        assertThat(kept(filter(AudioDurationFilter.SPEC, Map.of()), "audios", ONE_EACH)).containsExactly(ONE_EACH);
        assertThat(kept(filter(AudioDurationFilter.SPEC, Map.of("max_duration", 10)), "audios", ONE_EACH))
                .containsExactly("audio1.wav");
        assertThat(kept(filter(AudioDurationFilter.SPEC, Map.of("min_duration", 60)), "audios", ONE_EACH))
                .containsExactly("audio3.ogg");
    }

    @Test
    void boundsAreInclusive() throws Exception {
        Path fiveSeconds = dir.resolve("five.wav");
        AudioFormat format = new AudioFormat(8_000, 8, 1, true, false);
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(new byte[40_000]), format, 40_000),
                AudioFileFormat.Type.WAVE, fiveSeconds.toFile());
        Sample sample = Sample.of("audios", List.of(fiveSeconds.toString()));
        assertThat(keeps(filter(AudioDurationFilter.SPEC, Map.of("min_duration", 5, "max_duration", 5)), sample))
                .isTrue();
        Sample again = Sample.of("audios", List.of(fiveSeconds.toString()));
        assertThat(keeps(filter(AudioDurationFilter.SPEC, Map.of("min_duration", 5, "min_closed_interval", false)),
                again)).isFalse();
    }

    @Test
    void anyOrAllCombinesTheAudiosOfASample() {
        Filter any = filter(AudioDurationFilter.SPEC, Map.of("min_duration", 10, "max_duration", 200));
        Filter all = filter(AudioDurationFilter.SPEC, Map.of("min_duration", 10, "max_duration", 200,
                "any_or_all", "all"));
        assertThat(kept(any, "audios", "audio1.wav,audio3.ogg")).hasSize(1);
        assertThat(kept(all, "audios", "audio1.wav,audio3.ogg", "audio3.ogg,audio3.ogg"))
                .containsExactly("audio3.ogg,audio3.ogg");
    }

    @Test
    void anUnknownFormatIsUnreadableMediaNamingTheFile() {
        Sample sample = listing("audios", "img1.png");
        assertThatThrownBy(() -> keeps(filter(AudioDurationFilter.SPEC, Map.of()), sample))
                .isInstanceOf(MediaUnreadableException.class).hasMessageContaining("audio '")
                .hasMessageContaining("img1.png");
    }
}
