package io.djflink.runtime.source;

import io.djflink.partition.Partition;
import io.djflink.partition.PartitionReader;
import io.djflink.plan.RowLoading;
import io.djflink.runtime.element.Element;
import io.djflink.runtime.global.GlobalKeyFunction;
import io.djflink.storage.input.CorruptLine;
import io.djflink.storage.input.InputRow;
import io.djflink.storage.input.OnCorruptLine;
import io.djflink.storage.outputs.OutputManifest;
import io.djflink.storage.outputs.PartitionOutputs;
import io.djflink.storage.records.RecordEncoding;
import io.djflink.storage.records.RecordReader;
import io.djflink.storage.records.StoredRecord;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Opens a split's element sequence at its checkpointed progress. */
public final class SplitOpener implements Serializable {

    private static final long serialVersionUID = 1L;

    private final boolean skipCorruptLines;
    private final RowLoading loading;

    public SplitOpener(boolean skipCorruptLines, RowLoading loading) {
        this.skipCorruptLines = skipCorruptLines;
        this.loading = loading;
    }

    SplitElements open(PartitionSplit split) throws IOException {
        PartitionSplit.Progress progress = split.progress();
        InputRecords input = null;
        RecordSource records = null;
        if (split.active()) {
            if (split.entryOp() == 0) {
                input = new InputRecords(split.partition(), progress.records(),
                        skipCorruptLines ? OnCorruptLine.SKIP : OnCorruptLine.FAIL, loading);
                records = input;
            } else {
                records = new StageRecords(split.stage(), progress.records());
            }
        }
        List<SplitElements.GhostSource> ghosts = new ArrayList<>();
        for (int i = 0; i < split.ghosts().size(); i++) {
            ghosts.add(new DigestGhosts(split.partition().id(), split.ghosts().get(i), progress.ghostsOf(i)));
        }
        return new SplitElements(split, records, ghosts, input);
    }

    private static RecordReader openOutput(PartitionSplit.StoredOutput output) throws IOException {
        Path dir = Path.of(output.dir());
        OutputManifest m = PartitionOutputs.manifest(dir)
                .orElseThrow(() -> new IOException("committed output " + dir + " has lost its manifest"));
        return PartitionOutputs.open(dir, m, RecordEncoding.named(output.format(), output.compression()));
    }

    /** A partition's rows from the input files. */
    private static final class InputRecords implements RecordSource, SplitElements.CorruptLineCounter {
        private final PartitionReader reader;
        private final long startRow;
        private final RowLoading loading;
        private long position;

        InputRecords(Partition partition, long rowsDone, OnCorruptLine onCorrupt, RowLoading loading)
                throws IOException {
            this.reader = PartitionReader.open(partition, rowsDone, onCorrupt);
            this.startRow = partition.startRow();
            this.loading = loading;
            this.position = rowsDone;
        }

        @Override
        public StoredRecord next() throws IOException {
            InputRow row = reader.next();
            if (row == null) {
                return null;
            }
            position = row.row() + 1 - startRow;
            return StoredRecord.of(row.row(), loading.load(row));
        }

        @Override
        public long position() {
            return position;
        }

        @Override
        public long skipped() {
            return reader.corruptLines().count();
        }

        @Override
        public List<String> firstSkipped() {
            return reader.corruptLines().lines().stream().map(CorruptLine::toString).toList();
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    /** A partition's records from the stage checkpoint it resumes from. */
    private static final class StageRecords implements RecordSource {
        private final RecordReader reader;
        private long position;

        StageRecords(PartitionSplit.StoredOutput stage, long recordsDone) throws IOException {
            this.reader = openOutput(stage);
            for (long i = 0; i < recordsDone; i++) {
                if (reader.next() == null) {
                    throw new IOException("stage checkpoint " + stage.dir() + " has fewer than " + recordsDone
                            + " records");
                }
            }
            this.position = recordsDone;
        }

        @Override
        public StoredRecord next() throws IOException {
            StoredRecord r = reader.next();
            if (r != null) {
                position++;
            }
            return r;
        }

        @Override
        public long position() {
            return position;
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    /** Ghosts replayed from a partition's digest of one global op. */
    private static final class DigestGhosts implements SplitElements.GhostSource {
        private final int partition;
        private final int opIndex;
        private final RecordReader reader;

        DigestGhosts(int partition, PartitionSplit.GhostFeed feed, long done) throws IOException {
            this.partition = partition;
            this.opIndex = feed.opIndex();
            this.reader = openOutput(feed.digest());
            for (long i = 0; i < done; i++) {
                reader.next();
            }
        }

        @Override
        public Element next() throws IOException {
            StoredRecord r = reader.next();
            return r == null ? null : Element.ghost(partition, r.row(), r.sub(), opIndex,
                    (String) r.sample().get(GlobalKeyFunction.DIGEST_KEY));
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
