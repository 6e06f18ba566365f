package io.djflink.ops.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Expected values from the demo videos' boxes (their {@code tkhd} sizes and {@code mdhd} durations)
 * and DataJuicer's test comments: video1 640x360 "about 12s", video2 480x640 "about 23s", video3
 * 362x640 "about 50s".
 */
class Mp4HeadersTest {

    @TempDir
    Path dir;

    @Test
    void readsTheFirstVideoTracksSizeAndDuration() {
        assertThat(Mp4Headers.read(DemoMedia.file("video1.mp4"))).isEqualTo(new VideoInfo(640, 360, 144_384, 12_288));
        assertThat(Mp4Headers.read(DemoMedia.file("video2.mp4"))).isEqualTo(new VideoInfo(480, 640, 284_672, 12_288));
        assertThat(Mp4Headers.read(DemoMedia.file("video3.mp4"))).isEqualTo(new VideoInfo(362, 640, 609_280, 12_288));
    }

    @Test
    void roundsTheDurationToWholeSecondsHalfToEvenAsPythonDoes() {
        assertThat(new VideoInfo(1, 1, 144_384, 12_288).roundedSeconds()).as("11.75 s").isEqualTo(12);
        assertThat(new VideoInfo(1, 1, 609_280, 12_288).roundedSeconds()).as("49.58 s").isEqualTo(50);
        assertThat(new VideoInfo(1, 1, 2_500, 1_000).roundedSeconds()).as("2.5 s").isEqualTo(2);
        assertThat(new VideoInfo(1, 1, 3_500, 1_000).roundedSeconds()).as("3.5 s").isEqualTo(4);
    }

    @Test
    void findsTheMoovBoxAfterTheMediaData() throws Exception {
        byte[] original = Files.readAllBytes(DemoMedia.file("video1.mp4"));
        byte[] padded = new byte[original.length + 16];
        System.arraycopy(original, 0, padded, 16, original.length);
        byte[] free = {0, 0, 0, 16, 'f', 'r', 'e', 'e'};
        System.arraycopy(free, 0, padded, 0, free.length);
        Path file = Files.write(dir.resolve("padded.mp4"), padded);
        assertThat(Mp4Headers.read(file).width()).isEqualTo(640);
    }

    @Test
    void aTruncatedFileIsUnreadableMediaNamingIt() throws Exception {
        byte[] original = Files.readAllBytes(DemoMedia.file("video1.mp4"));
        Path file = Files.write(dir.resolve("cut.mp4"), Arrays.copyOf(original, original.length / 2));
        assertThatThrownBy(() -> Mp4Headers.read(file)).isInstanceOf(MediaUnreadableException.class)
                .hasMessageContaining("video '" + file + "' cannot be read").hasMessageContaining("moov");
    }

    @Test
    void aMissingFileIsUnreadableMediaNamingIt() {
        Path missing = dir.resolve("none.mp4");
        assertThatThrownBy(() -> Mp4Headers.read(missing)).isInstanceOf(MediaUnreadableException.class)
                .hasMessage("video '" + missing + "' cannot be read: no such file");
    }
}
