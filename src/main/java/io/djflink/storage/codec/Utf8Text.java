package io.djflink.storage.codec;

import java.nio.charset.StandardCharsets;

/** A string value still in UTF-8, as read back for writers that store UTF-8 (see {@link BinaryValueCodec}). */
public record Utf8Text(byte[] bytes) {

    @Override
    public String toString() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
