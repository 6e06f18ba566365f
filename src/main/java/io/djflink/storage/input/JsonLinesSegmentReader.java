package io.djflink.storage.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.djflink.ops.Sample;
import io.djflink.storage.codec.JsonCodec;
import java.io.IOException;

/** Parses each row of a JSON lines segment straight from the scanner's buffer. */
final class JsonLinesSegmentReader implements InputSegmentReader {

    private final InputSegment segment;
    private final RawRowReader rows;
    private final OnCorruptLine onCorruptLine;
    private final CorruptLineLog corruptLines = new CorruptLineLog();
    private long rowsRead;

    JsonLinesSegmentReader(InputSegment segment, RawRowReader rows, long rowsAlreadyRead, OnCorruptLine onCorruptLine)
            throws IOException {
        this.segment = segment;
        this.rows = rows;
        this.onCorruptLine = onCorruptLine;
        while (rowsRead < rowsAlreadyRead) {
            advance();
        }
    }

    @Override
    public InputRow next() throws IOException {
        while (rowsRead < segment.rowCount()) {
            advance();
            try {
                Sample sample = JsonCodec.parseObject(rows.buffer(), rows.offset(), rows.length());
                return new InputRow(rows.line(), segment.datasetRow() + rowsRead - 1, sample, segment.file());
            } catch (JsonProcessingException e) {
                CorruptLine corrupt = CorruptLine.of(segment.file(), rows.line(), e);
                if (onCorruptLine == OnCorruptLine.FAIL) {
                    throw new CorruptInputException(corrupt);
                }
                corruptLines.record(corrupt);
            }
        }
        return null;
    }

    private void advance() throws IOException {
        if (!rows.next()) {
            throw new IOException(segment.file() + ": ends after " + rowsRead + " of the " + segment.rowCount()
                    + " rows planned from line " + segment.firstLine()
                    + "; the file changed after the input was partitioned");
        }
        rowsRead++;
    }

    @Override
    public CorruptLineLog corruptLines() {
        return corruptLines;
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
