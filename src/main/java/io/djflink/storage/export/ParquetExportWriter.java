package io.djflink.storage.export;

import io.djflink.ops.Sample;
import io.djflink.storage.records.JsonlSampleReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;

/**
 * Exports one snappy-compressed parquet file. A first pass over the parts infers one nested schema
 * for all rows (see {@link InferredType}); a second pass writes the rows.
 */
final class ParquetExportWriter implements ExportWriter {

    @Override
    public void write(List<Path> orderedJsonlParts, Path target) throws IOException {
        InferredType rowType = inferRowType(orderedJsonlParts);
        if (rowType.kind() != InferredType.Kind.STRUCT || rowType.fields().isEmpty()) {
            throw new IOException("cannot export " + target + " as parquet: no row has any field, and a parquet"
                    + " file needs at least one column");
        }
        rowType.finish();
        try (ParquetWriter<Sample> writer = new Builder(new LocalOutputFile(target), new SampleWriteSupport(rowType))
                .withCompressionCodec(CompressionCodecName.SNAPPY)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .build()) {
            for (Path part : orderedJsonlParts) {
                try (JsonlSampleReader samples = JsonlSampleReader.open(part)) {
                    for (Sample sample = samples.next(); sample != null; sample = samples.next()) {
                        writer.write(sample);
                    }
                }
            }
        }
    }

    private static InferredType inferRowType(List<Path> parts) throws IOException {
        InferredType rowType = new InferredType();
        for (Path part : parts) {
            try (JsonlSampleReader samples = JsonlSampleReader.open(part)) {
                for (Sample sample = samples.next(); sample != null; sample = samples.next()) {
                    rowType.observe(sample.fields());
                }
            }
        }
        return rowType;
    }

    private static final class Builder extends ParquetWriter.Builder<Sample, Builder> {

        private final WriteSupport<Sample> writeSupport;

        Builder(OutputFile file, WriteSupport<Sample> writeSupport) {
            super(file);
            this.writeSupport = writeSupport;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<Sample> getWriteSupport(Configuration configuration) {
            return writeSupport;
        }
    }
}
