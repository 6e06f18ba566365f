package io.djflink.ops.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads an image's dimensions from its header, never decoding pixels: Java ImageIO's readers
 * (PNG, JPEG, GIF, BMP, TIFF, WBMP) answer {@code getWidth}/{@code getHeight} from the header, and
 * WebP, which the JDK cannot read, by {@link WebpHeader}.
 */
public final class ImageHeaders {

    private static final String KIND = "image";

    private ImageHeaders() {
    }

    /** @throws MediaUnreadableException when the file is missing or not an image these readers know */
    public static ImageSize read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new MediaUnreadableException(KIND, file, "no such file");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                in.seek(0);
                return WebpHeader.read(in).orElseThrow(() -> new MediaUnreadableException(KIND, file,
                        "not a PNG, JPEG, GIF, BMP, TIFF, WBMP or WebP image"));
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new ImageSize(reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException e) {
            throw new MediaUnreadableException(KIND, file, "a broken header (" + e + ")", e);
        }
    }
}
