package io.djflink.storage.outputs;

import io.djflink.ops.Sample;
import io.djflink.storage.records.RecordEncoding;
import io.djflink.storage.records.RecordWriter;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Writes one partition's output directory: records go to part files that are rolled on request
 * (at every Flink checkpoint) or when their in-memory buffer grows large; {@link #commit} closes
 * the last part and writes the manifest, which is what makes the output exist.
 *
 * <p>A part is written under a hidden in-progress name, synced and renamed when closed, so a part
 * file that has its real name is always complete.
 */
public final class PartitionOutputWriter {

    private static final long ROLL_BUFFER_BYTES = 32L << 20;

    private final Path dir;
    private final int partitionId;
    private final RecordEncoding encoding;
    private final List<PartFile> parts;
    private OpenPart current;
    private long rows;

    private PartitionOutputWriter(Path dir, int partitionId, RecordEncoding encoding, List<PartFile> parts) {
        this.dir = dir;
        this.partitionId = partitionId;
        this.encoding = encoding;
        this.parts = new ArrayList<>(parts);
        for (PartFile p : parts) {
            rows += p.rows();
        }
    }

    /** Starts a fresh output, discarding whatever an earlier attempt left in {@code dir}. */
    public static PartitionOutputWriter start(Path dir, int partitionId, RecordEncoding encoding) throws IOException {
        PartitionOutputs.delete(dir);
        Files.createDirectories(dir);
        return new PartitionOutputWriter(dir, partitionId, encoding, List.of());
    }

    /**
     * Continues an output from checkpointed progress: part files written after that checkpoint (by
     * the failed attempt) and any manifest are removed, the checkpointed parts kept.
     */
    public static PartitionOutputWriter resume(OutputProgress progress, RecordEncoding encoding) throws IOException {
        Path dir = Path.of(progress.dir());
        Files.createDirectories(dir);
        Set<String> keep = new HashSet<>();
        for (PartFile p : progress.parts()) {
            keep.add(p.file());
            if (!Files.isRegularFile(dir.resolve(p.file()))) {
                throw new IOException("checkpointed part " + dir.resolve(p.file()) + " is missing");
            }
        }
        Files.deleteIfExists(dir.resolve(OutputManifest.FILE_NAME));
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path f : ds) {
                if (!keep.contains(f.getFileName().toString())) {
                    Files.deleteIfExists(f);
                }
            }
        }
        return new PartitionOutputWriter(dir, progress.partitionId(), encoding, progress.parts());
    }

    public Path dir() {
        return dir;
    }

    public long rows() {
        return rows + (current == null ? 0 : current.writer.rows());
    }

    public void write(long row, int[] sub, Sample sample) throws IOException {
        if (current == null) {
            current = new OpenPart(dir, partName(parts.size()), encoding);
        }
        current.writer.write(row, sub, sample);
        if (current.writer.bufferedBytes() > ROLL_BUFFER_BYTES) {
            closeCurrent();
        }
    }

    /** Closes the open part so that everything written so far is durable; returns the progress to checkpoint. */
    public OutputProgress roll() throws IOException {
        closeCurrent();
        return progress();
    }

    public OutputProgress progress() {
        return new OutputProgress(partitionId, dir.toString(), parts);
    }

    /** Closes the last part and writes the manifest (atomically): the output now exists. */
    public OutputManifest commit(OutputKind kind, int operationIdx, String operationName, String fingerprint)
            throws IOException {
        closeCurrent();
        if (parts.isEmpty()) {
            // An empty partition still gets a (valid, empty) part, so every format's reader handles it alike.
            current = new OpenPart(dir, partName(0), encoding);
            closeCurrent();
        }
        OutputManifest m = new OutputManifest(kind.value(), partitionId, operationIdx, operationName, fingerprint,
                encoding.formatName(), encoding.compressionName(), rows, List.copyOf(parts),
                System.currentTimeMillis() / 1000.0);
        AtomicFiles.write(dir.resolve(OutputManifest.FILE_NAME), m.toJsonBytes());
        return m;
    }

    /** Drops an open part without writing it (the task is being torn down). */
    public void abandon() {
        if (current != null) {
            current.discard();
            current = null;
        }
    }

    private String partName(int index) {
        return String.format("part-%05d.%s", index, encoding.extension());
    }

    private void closeCurrent() throws IOException {
        if (current == null) {
            return;
        }
        PartFile p = current.close();
        current = null;
        parts.add(p);
        rows += p.rows();
    }

    /** A part being written: hidden name, counted and hashed on the way to disk. */
    private static final class OpenPart {
        private final Path target;
        private final Path inProgress;
        private final HashingOutputStream out;
        private final RecordWriter writer;

        OpenPart(Path dir, String name, RecordEncoding encoding) throws IOException {
            this.target = dir.resolve(name);
            this.inProgress = dir.resolve("." + name + ".inprogress");
            this.out = new HashingOutputStream(Files.newOutputStream(inProgress));
            this.writer = encoding.newWriter(new BufferedOutputStream(out, 1 << 16));
        }

        PartFile close() throws IOException {
            long n = writer.rows();
            writer.close();
            AtomicFiles.sync(inProgress);
            AtomicFiles.moveDurably(inProgress, target);
            return new PartFile(target.getFileName().toString(), n, out.count, out.hex());
        }

        void discard() {
            try {
                writer.close();
            } catch (IOException | RuntimeException e) {
                // The part is thrown away; a failure to close it changes nothing.
            }
            try {
                Files.deleteIfExists(inProgress);
            } catch (IOException e) {
                // Left-over in-progress files are hidden and removed when the output restarts.
            }
        }
    }

    /** Counts and SHA-256-hashes the bytes that reach the file. */
    static final class HashingOutputStream extends FilterOutputStream {
        private final MessageDigest digest;
        private long count;

        HashingOutputStream(OutputStream out) {
            super(out);
            try {
                this.digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            digest.update(b, off, len);
            count += len;
        }

        String hex() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
