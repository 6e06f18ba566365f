package io.djflink.storage.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Exports JSON lines by concatenating the parts byte for byte (the parts already hold the final
 * lines), adding a line end only where a part lacks its last one.
 */
final class JsonlExportWriter implements ExportWriter {

    @Override
    public void write(List<Path> orderedJsonlParts, Path target) throws IOException {
        try (FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            for (Path part : orderedJsonlParts) {
                append(part, out);
            }
        }
    }

    private static void append(Path part, FileChannel out) throws IOException {
        try (FileChannel in = FileChannel.open(part, StandardOpenOption.READ)) {
            long size = in.size();
            for (long position = 0; position < size; ) {
                position += in.transferTo(position, size - position, out);
            }
            if (size > 0 && !endsWithNewline(in, size)) {
                out.write(ByteBuffer.wrap(new byte[] {'\n'}));
            }
        }
    }

    private static boolean endsWithNewline(FileChannel in, long size) throws IOException {
        ByteBuffer last = ByteBuffer.allocate(1);
        in.read(last, size - 1);
        return last.get(0) == '\n';
    }
}
