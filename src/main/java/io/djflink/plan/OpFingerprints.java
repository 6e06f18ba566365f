package io.djflink.plan;

import io.djflink.storage.codec.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Chained fingerprints of op prefixes: the fingerprint of op i covers ops 0..i (names, validated
 * arguments, order) and the text key, so a change anywhere up to op i changes it.
 */
public final class OpFingerprints {

    /** Bump when the meaning of stored stage data changes. */
    private static final String VERSION = "dj-flink-stage-v1";

    private OpFingerprints() {
    }

    public static String first(String textKey) {
        return sha256(VERSION + "\n" + textKey);
    }

    public static String next(String previous, String opName, Map<String, Object> args) {
        return sha256(previous + "\n" + opName + "\n" + JsonCodec.toJson(new TreeMap<>(args)));
    }

    private static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
