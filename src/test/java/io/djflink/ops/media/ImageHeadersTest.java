package io.djflink.ops.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Expected sizes of the demo images as {@code file(1)} reports them. */
class ImageHeadersTest {

    @TempDir
    Path dir;

    @Test
    void readsTheDemoImagesSizesFromTheirHeaders() {
        assertThat(ImageHeaders.read(DemoMedia.file("img1.png"))).isEqualTo(new ImageSize(336, 336));
        assertThat(ImageHeaders.read(DemoMedia.file("img2.jpg"))).isEqualTo(new ImageSize(640, 480));
        assertThat(ImageHeaders.read(DemoMedia.file("img3.jpg"))).isEqualTo(new ImageSize(342, 500));
    }

    @Test
    void readsFormatsByContentNotByName() throws Exception {
        Path gif = dir.resolve("actually-a-gif.png");
        ImageIO.write(new BufferedImage(7, 3, BufferedImage.TYPE_BYTE_INDEXED), "gif", gif.toFile());
        assertThat(ImageHeaders.read(gif)).isEqualTo(new ImageSize(7, 3));
    }

    @Test
    void readsTheCanvasOfExtendedLosslessAndLossyWebp() throws Exception {
        assertThat(ImageHeaders.read(webp("VP8X", new byte[] {0, 0, 0, 0, (byte) 0xff, 0x03, 0, (byte) 0xdf, 0x01, 0})))
                .isEqualTo(new ImageSize(1024, 480));
        long lossless = (300 - 1) | (200 - 1) << 14;
        assertThat(ImageHeaders.read(webp("VP8L", new byte[] {0x2f, (byte) lossless, (byte) (lossless >> 8),
            (byte) (lossless >> 16), (byte) (lossless >> 24), 0, 0, 0, 0, 0})))
                .isEqualTo(new ImageSize(300, 200));
        assertThat(ImageHeaders.read(webp("VP8 ", new byte[] {0, 0, 0, (byte) 0x9d, 0x01, 0x2a, (byte) 0x80, 0x02,
            (byte) 0xe0, 0x01}))).isEqualTo(new ImageSize(640, 480));
    }

    /** A WebP file whose first chunk holds {@code payload} (only its header matters here). */
    private Path webp(String chunk, byte[] payload) throws Exception {
        ByteBuffer b = ByteBuffer.allocate(20 + payload.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(12 + payload.length).put("WEBP".getBytes()).put(chunk.getBytes())
                .putInt(payload.length).put(payload);
        Path file = dir.resolve(chunk.trim() + ".webp");
        Files.write(file, b.array());
        return file;
    }

    @Test
    void aMissingFileIsUnreadableMediaNamingIt() {
        Path missing = dir.resolve("nope.png");
        assertThatThrownBy(() -> ImageHeaders.read(missing)).isInstanceOf(MediaUnreadableException.class)
                .hasMessage("image '" + missing + "' cannot be read: no such file");
    }

    @Test
    void aTruncatedImageIsUnreadableMediaNamingIt() throws Exception {
        byte[] png = Files.readAllBytes(DemoMedia.file("img1.png"));
        Path cut = Files.write(dir.resolve("cut.png"), Arrays.copyOf(png, 12));
        assertThatThrownBy(() -> ImageHeaders.read(cut)).isInstanceOf(MediaUnreadableException.class)
                .hasMessageContaining("image '" + cut + "' cannot be read: a broken header");
    }

    @Test
    void aFileThatIsNoImageIsUnreadableMediaSayingWhatIsKnown() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.jpg"), "just some text, long enough to look at");
        assertThatThrownBy(() -> ImageHeaders.read(text)).isInstanceOf(MediaUnreadableException.class)
                .hasMessageContaining("notes.jpg").hasMessageContaining("not a PNG, JPEG");
    }
}
