package io.djflink.partition;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.djflink.ops.Sample;
import io.djflink.storage.codec.JsonCodec;
import io.djflink.storage.input.InputFile;
import io.djflink.storage.input.MediaLocations;
import io.djflink.storage.input.RawRowReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The auto mode's first scan: records every row's size and parses the first rows (as many as the
 * largest sample DataJuicer draws) to tell their modality. A row's size is its JSON bytes plus the
 * bytes of the media files it lists, since those are what an image, audio or video op loads; only
 * rows that mention one of the media fields are parsed beyond the first ones, so text datasets stay
 * cheap to measure. Rows that do not parse are left to the readers, which report or skip them;
 * here they only lack a modality. A media file that does not exist counts nothing: the op that
 * reads it reports it.
 */
final class RowMeasurer {

    /** DataJuicer samples at most 10000 rows. */
    static final int MAX_SAMPLED_ROWS = 10_000;

    private final ModalityDetector detector;
    private final MediaLocations media;
    private final List<byte[]> quotedMediaKeys = new ArrayList<>();

    RowMeasurer(ModalityDetector detector, MediaLocations media) {
        this.detector = detector;
        this.media = media;
        for (String key : media.mediaKeys()) {
            quotedMediaKeys.add(("\"" + key + "\"").getBytes(StandardCharsets.UTF_8));
        }
    }

    RowMeasurements measure(List<InputFile> files) throws IOException {
        RowSizes sizes = new RowSizes();
        List<Modality> modalities = new ArrayList<>();
        long rowsWithMedia = 0;
        for (InputFile file : files) {
            try (RawRowReader rows = RawRowReader.openFile(file)) {
                while (rows.next()) {
                    boolean sampled = modalities.size() < MAX_SAMPLED_ROWS;
                    Sample sample = sampled || mentionsMedia(rows) ? parse(rows) : null;
                    if (sampled) {
                        modalities.add(sample == null ? null : detector.detect(sample));
                    }
                    long mediaBytes = sample == null ? 0 : mediaBytes(sample, file.path());
                    if (mediaBytes > 0) {
                        rowsWithMedia++;
                    }
                    sizes.add(rows.length() + mediaBytes);
                }
            }
        }
        return new RowMeasurements(sizes, modalities, rowsWithMedia);
    }

    private long mediaBytes(Sample sample, String file) throws IOException {
        long bytes = 0;
        for (Path media : media.files(sample, file)) {
            if (Files.isRegularFile(media)) {
                bytes += Files.size(media);
            }
        }
        return bytes;
    }

    private boolean mentionsMedia(RawRowReader row) {
        byte[] buffer = row.buffer();
        int end = row.offset() + row.length();
        for (byte[] key : quotedMediaKeys) {
            for (int at = row.offset(); at + key.length <= end; at++) {
                if (matchesAt(buffer, at, key)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matchesAt(byte[] buffer, int at, byte[] key) {
        for (int i = 0; i < key.length; i++) {
            if (buffer[at + i] != key[i]) {
                return false;
            }
        }
        return true;
    }

    private static Sample parse(RawRowReader row) throws IOException {
        try {
            return JsonCodec.parseObject(row.buffer(), row.offset(), row.length());
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
