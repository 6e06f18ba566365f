package io.djflink.ops.media;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

/**
 * DataJuicer's {@code size_to_bytes}: a size such as {@code "1MB"}, {@code "512 KiB"} or
 * {@code "1024"} in bytes. Units are binary and case-insensitive ({@code KB} and {@code KiB} both
 * mean 1024 bytes); a number alone is bytes.
 *
 * <p>DataJuicer keeps only the digits and letters of the text, so it reads {@code "1.5MB"} as 15 MiB;
 * such a size is refused here rather than silently misread. Sizes beyond {@code Long.MAX_VALUE}
 * (from {@code EB} up) are capped there: no file is larger.
 */
public final class ByteSize {

    private static final List<String> UNITS = List.of("kb", "mb", "gb", "tb", "pb", "eb", "zb", "yb");

    private ByteSize() {
    }

    /** @throws IllegalArgumentException naming the text and the accepted units */
    public static long parse(String size) {
        StringBuilder digits = new StringBuilder();
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < size.length(); i++) {
            char c = size.charAt(i);
            if (c == '.') {
                throw new IllegalArgumentException("size '" + size + "' has a fraction, which DataJuicer would "
                        + "misread (it drops the '.'); write it in a smaller unit, e.g. 1536KB for 1.5MB");
            }
            if (Character.isDigit(c)) {
                digits.append(c);
            } else if (Character.isLetter(c)) {
                letters.append(c);
            }
        }
        if (digits.isEmpty()) {
            throw new IllegalArgumentException("size '" + size + "' contains no number");
        }
        BigInteger bytes = new BigInteger(digits.toString()).shiftLeft(10 * unitPower(size, letters.toString()));
        return bytes.bitLength() < 64 ? bytes.longValue() : Long.MAX_VALUE;
    }

    private static int unitPower(String size, String unit) {
        if (unit.isEmpty()) {
            return 0;
        }
        String lower = unit.toLowerCase(Locale.ROOT);
        String normalised = lower.length() == 3 && lower.charAt(1) == 'i' ? "" + lower.charAt(0) + lower.charAt(2) : lower;
        int index = UNITS.indexOf(normalised);
        if (index < 0) {
            throw new IllegalArgumentException("size '" + size + "' has unit '" + unit + "'; expected one of KB, MB, "
                    + "GB, TB, PB, EB, ZB, YB or KiB, MiB, ... YiB (case-insensitive, 1 KB = 1024 bytes), or none "
                    + "for bytes");
        }
        return index + 1;
    }
}
