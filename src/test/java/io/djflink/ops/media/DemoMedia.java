package io.djflink.ops.media;

import java.nio.file.Path;

/** DataJuicer's demo media files (../shared/data/datajuicer-demos/media), read in place. */
public final class DemoMedia {

    public static final Path DIR = Path.of("..", "shared", "data", "datajuicer-demos", "media").toAbsolutePath()
            .normalize();

    private DemoMedia() {
    }

    public static Path file(String name) {
        return DIR.resolve(name);
    }
}
