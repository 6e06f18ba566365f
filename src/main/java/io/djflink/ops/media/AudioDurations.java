package io.djflink.ops.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * An audio file's duration in seconds, {@code frames / sample rate} as librosa's
 * {@code get_duration} gives it for a file loaded at its own rate, read from headers only: WAV, AIFF
 * and AU through {@code javax.sound.sampled}, Ogg Vorbis and Opus by {@link OggDuration}, FLAC by
 * {@link FlacDuration}. The format is told by the file's first bytes, not its name.
 */
public final class AudioDurations {

    static final String KIND = "audio";

    private AudioDurations() {
    }

    /** @throws MediaUnreadableException when the file is missing or not in one of these formats */
    public static double seconds(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new MediaUnreadableException(KIND, file, "no such file");
        }
        try {
            byte[] magic = new byte[4];
            try (InputStream in = Files.newInputStream(file)) {
                in.readNBytes(magic, 0, magic.length);
            }
            String tag = new String(magic, StandardCharsets.ISO_8859_1);
            return switch (tag) {
                case "OggS" -> OggDuration.seconds(file);
                case "fLaC" -> FlacDuration.seconds(file);
                default -> sampledSeconds(file);
            };
        } catch (IOException | IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new MediaUnreadableException(KIND, file, "a broken header (" + e + ")", e);
        }
    }

    private static double sampledSeconds(Path file) throws IOException {
        AudioFileFormat format;
        try {
            format = AudioSystem.getAudioFileFormat(file.toFile());
        } catch (UnsupportedAudioFileException e) {
            throw new MediaUnreadableException(KIND, file, "not a WAV, AIFF, AU, Ogg Vorbis, Ogg Opus or FLAC file", e);
        }
        long frames = format.getFrameLength();
        float rate = format.getFormat().getSampleRate();
        if (frames == AudioSystem.NOT_SPECIFIED || rate <= 0) {
            throw new MediaUnreadableException(KIND, file, "its header gives no length or sample rate");
        }
        return (double) frames / (long) rate;
    }
}
