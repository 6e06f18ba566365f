package io.djflink.ops.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AudioDurationsTest {

    @TempDir
    Path dir;

    /** Python's {@code wave} module: 242624 frames at 44100 Hz. */
    @Test
    void demoWavLastsItsFramesOverItsRate() {
        assertThat(AudioDurations.seconds(DemoMedia.file("audio1.wav"))).isEqualTo(242_624 / 44_100.0);
    }

    /** Its last page's granule position is 2643264 samples; its Vorbis header says 22050 Hz (about 1 min 59 s). */
    @Test
    void demoOggVorbisLastsItsLastGranuleOverItsRate() {
        assertThat(AudioDurations.seconds(DemoMedia.file("audio3.ogg"))).isEqualTo(2_643_264 / 22_050.0);
    }

    @Test
    void aWavWrittenWithKnownFramesLastsExactlyThoseFrames() throws Exception {
        AudioFormat format = new AudioFormat(8_000, 16, 1, true, false);
        byte[] pcm = new byte[12_345 * 2];
        Path wav = dir.resolve("tone.wav");
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(pcm), format, 12_345), AudioFileFormat.Type.WAVE,
                wav.toFile());
        assertThat(AudioDurations.seconds(wav)).isEqualTo(12_345 / 8_000.0);
    }

    @Test
    void flacLastsTheTotalSamplesOfItsStreamInfoOverItsRate() throws Exception {
        long packed = 48_000L << 44 | 1L << 41 | 15L << 36 | 96_000L;
        ByteBuffer flac = ByteBuffer.allocate(4 + 4 + 34).put("fLaC".getBytes()).put(new byte[] {0, 0, 0, 34})
                .put(new byte[10]).putLong(packed).put(new byte[16]);
        Path file = Files.write(dir.resolve("clip.flac"), flac.array());
        assertThat(AudioDurations.seconds(file)).isEqualTo(2.0);
    }

    @Test
    void aTruncatedOggIsUnreadableMediaNamingIt() throws Exception {
        byte[] ogg = Files.readAllBytes(DemoMedia.file("audio3.ogg"));
        Path cut = Files.write(dir.resolve("cut.ogg"), Arrays.copyOf(ogg, 40));
        assertThatThrownBy(() -> AudioDurations.seconds(cut)).isInstanceOf(MediaUnreadableException.class)
                .hasMessageContaining("audio '" + cut + "' cannot be read");
    }

    @Test
    void aMissingFileIsUnreadableMediaNamingIt() {
        Path missing = dir.resolve("gone.wav");
        assertThatThrownBy(() -> AudioDurations.seconds(missing)).isInstanceOf(MediaUnreadableException.class)
                .hasMessage("audio '" + missing + "' cannot be read: no such file");
    }

    @Test
    void anUnknownFormatIsUnreadableMediaListingTheKnownOnes() throws Exception {
        Path mp3 = Files.write(dir.resolve("song.mp3"), new byte[] {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0, 1, 2, 3});
        assertThatThrownBy(() -> AudioDurations.seconds(mp3)).isInstanceOf(MediaUnreadableException.class)
                .hasMessageContaining("song.mp3").hasMessageContaining("not a WAV, AIFF, AU, Ogg Vorbis");
    }
}
