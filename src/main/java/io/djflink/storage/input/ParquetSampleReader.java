package io.djflink.storage.input;

import io.djflink.ops.Sample;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.avro.AvroSchemaConverter;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.io.LocalInputFile;

/**
 * Reads a Parquet file's rows as samples from a given row on. Whole row groups before that row are
 * skipped unread, using the row counts in the footer; only the rest of the first needed group is
 * decoded and dropped.
 */
final class ParquetSampleReader implements Closeable {

    private final Path file;
    private final ParquetReader<GenericRecord> reader;

    private ParquetSampleReader(Path file, ParquetReader<GenericRecord> reader) {
        this.file = file;
        this.reader = reader;
    }

    static ParquetSampleReader open(Path file, long firstRow) throws IOException {
        long rowsInSkippedGroups = 0;
        long firstNeededGroupStart = -1;
        try (ParquetFileReader footer = ParquetFileReader.open(new LocalInputFile(file))) {
            for (BlockMetaData group : footer.getRowGroups()) {
                if (rowsInSkippedGroups + group.getRowCount() <= firstRow) {
                    rowsInSkippedGroups += group.getRowCount();
                } else {
                    firstNeededGroupStart = group.getStartingPos();
                    break;
                }
            }
        } catch (RuntimeException e) {
            throw new IOException(file + ": not a readable Parquet file: " + e.getMessage(), e);
        }
        ParquetReader.Builder<GenericRecord> builder = AvroParquetReader
                .<GenericRecord>builder(new LocalInputFile(file), new PlainParquetConfiguration())
                .withDataModel(GenericData.get())
                // lists written by pyarrow and Spark use the 3-level layout: read their elements, not wrappers
                .set(AvroSchemaConverter.ADD_LIST_ELEMENT_RECORDS, "false");
        if (firstNeededGroupStart < 0) {
            return new ParquetSampleReader(file, null);
        }
        if (rowsInSkippedGroups > 0) {
            // row groups are selected by their midpoint, so this range starts exactly at the needed group
            builder.withFileRange(firstNeededGroupStart, Files.size(file));
        }
        ParquetSampleReader opened = new ParquetSampleReader(file, builder.build());
        try {
            for (long row = rowsInSkippedGroups; row < firstRow; row++) {
                opened.readRecord();
            }
            return opened;
        } catch (IOException | RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    /** The rows in the file, from its footer. */
    static long countRows(Path file) throws IOException {
        try (ParquetFileReader footer = ParquetFileReader.open(new LocalInputFile(file))) {
            return footer.getRecordCount();
        } catch (RuntimeException e) {
            throw new IOException(file + ": not a readable Parquet file: " + e.getMessage(), e);
        }
    }

    /** @return the next row, or {@code null} after the last */
    Sample next() throws IOException {
        GenericRecord record = readRecord();
        return record == null ? null : AvroToSample.convert(record);
    }

    private GenericRecord readRecord() throws IOException {
        if (reader == null) {
            return null;
        }
        try {
            return reader.read();
        } catch (RuntimeException e) {
            throw new IOException(file + ": cannot read Parquet row: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
    }
}
