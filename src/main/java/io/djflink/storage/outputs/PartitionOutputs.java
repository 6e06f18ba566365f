package io.djflink.storage.outputs;

import io.djflink.storage.records.RecordEncoding;
import io.djflink.storage.records.RecordReader;
import io.djflink.storage.records.StoredRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads committed partition outputs and checks that they are whole. */
public final class PartitionOutputs {

    private PartitionOutputs() {
    }

    /** The manifest of a committed output, or empty when the output is absent or was never committed. */
    public static Optional<OutputManifest> manifest(Path dir) {
        try {
            return Optional.of(OutputManifest.fromJson(Files.readAllBytes(dir.resolve(OutputManifest.FILE_NAME))));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether every part the manifest lists is there with its recorded size and, when
     * {@code verifyContent}, its recorded SHA-256.
     *
     * @return null when whole, otherwise what is wrong
     */
    public static String problem(Path dir, OutputManifest m, boolean verifyContent) {
        for (PartFile p : m.parts()) {
            Path f = dir.resolve(p.file());
            try {
                if (Files.size(f) != p.bytes()) {
                    return f + " has " + Files.size(f) + " bytes, the manifest says " + p.bytes();
                }
                if (verifyContent && !sha256(f).equals(p.sha256())) {
                    return f + " does not match its checksum";
                }
            } catch (IOException e) {
                return f + " cannot be read: " + e.getMessage();
            }
        }
        return null;
    }

    /** Reads the parts of a committed output in order. */
    public static RecordReader open(Path dir, OutputManifest m, RecordEncoding encoding) {
        Iterator<PartFile> parts = m.parts().iterator();
        return new RecordReader() {
            private RecordReader current;

            @Override
            public StoredRecord next() throws IOException {
                while (true) {
                    if (current == null) {
                        if (!parts.hasNext()) {
                            return null;
                        }
                        current = encoding.openReader(dir.resolve(parts.next().file()));
                    }
                    StoredRecord r = current.next();
                    if (r != null) {
                        return r;
                    }
                    current.close();
                    current = null;
                }
            }

            @Override
            public void close() throws IOException {
                if (current != null) {
                    current.close();
                }
            }
        };
    }

    /** Removes an output directory and everything in it. */
    public static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Removes the output directories in {@code parent} whose names start with {@code prefix}. */
    public static void deleteMatching(Path parent, String prefix) throws IOException {
        if (!Files.isDirectory(parent)) {
            return;
        }
        try (Stream<Path> s = Files.list(parent)) {
            for (Path p : (Iterable<Path>) s.filter(d -> d.getFileName().toString().startsWith(prefix))::iterator) {
                delete(p);
            }
        }
    }

    static String sha256(Path f) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
