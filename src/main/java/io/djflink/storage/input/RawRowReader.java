package io.djflink.storage.input;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The rows of one input file as bytes, without parsing: what row sizes and content hashes are
 * computed from. A JSON lines row is its line as stored, without the line terminator; a Parquet row
 * is its compact JSON ({@link JsonCodec#toBytes}). Blank lines are not rows.
 *
 * <p>The bytes stay valid until the next call to {@link #next()}.
 */
public interface RawRowReader extends Closeable {

    /** Moves to the next row; {@code false} at the end of the file (or of the segment's byte range). */
    boolean next() throws IOException;

    byte[] buffer();

    int offset();

    int length();

    /** 1-based line number of the row (for Parquet: its 1-based record number). */
    long line();

    /** File offset of the row's line, or {@link InputSegment#UNKNOWN} unless the file is plain JSON lines. */
    long startByte();

    /** File offset just past the row's line terminator, or {@link InputSegment#UNKNOWN} as above. */
    long endByte();

    /** The number of rows of a file, without parsing any: Parquet from its footer, JSON lines by scanning. */
    static long countRows(InputFile file) throws IOException {
        if (file.kind() == InputFileKind.PARQUET) {
            return ParquetSampleReader.countRows(file.toPath());
        }
        long rows = 0;
        try (RawRowReader reader = openFile(file)) {
            while (reader.next()) {
                rows++;
            }
        }
        return rows;
    }

    /** Reads a whole file from its first row. */
    static RawRowReader openFile(InputFile file) throws IOException {
        return switch (file.kind()) {
            case JSON_LINES -> JsonLinesScanner.plain(file.toPath(), 0, Long.MAX_VALUE, 1);
            case GZIP_JSON_LINES -> JsonLinesScanner.gzip(file.toPath());
            case PARQUET -> new ParquetJsonRows(ParquetSampleReader.open(file.toPath(), 0), 0);
        };
    }

    /**
     * Reads from a segment's first row: by seeking for plain JSON lines, by skipping rows otherwise.
     * The caller stops after {@link InputSegment#rowCount()} rows.
     */
    static RawRowReader openSegment(InputSegment segment) throws IOException {
        Path file = Path.of(segment.file());
        return switch (segment.kind()) {
            case JSON_LINES -> JsonLinesScanner.plain(file, segment.startByte(), segment.endByte(), segment.firstLine());
            case GZIP_JSON_LINES -> JsonLinesScanner.gzip(file).skipRows(segment.fileRow());
            case PARQUET -> new ParquetJsonRows(ParquetSampleReader.open(file, segment.fileRow()), segment.fileRow());
        };
    }
}
