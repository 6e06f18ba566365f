package io.djflink.ops.mapper;

import io.djflink.ops.text.MatchFinder;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the matches of {@link CleanEmailMapper}'s default pattern
 * {@code [A-Za-z0-9.\-+_]+@[a-z0-9.\-+_]+\.[a-z]+} by looking only where an {@code @} is.
 *
 * <p>Neither part of an address contains {@code @}, so a match starting at {@code s} is made of
 * the address characters from {@code s} up to the first {@code @} after it, and a domain that does
 * not depend on {@code s}. Every start inside the run of address characters before an {@code @}
 * therefore matches exactly when the run's start does, and ends at the same place: the leftmost
 * match is tried at the start of that run (or at {@code from}, if later), one {@code @} after the
 * other. A text without {@code @} costs one {@link String#indexOf} scan.
 */
final class EmailAddressFinder implements MatchFinder {

    private static final Pattern ADDRESS = Pattern.compile(CleanEmailMapper.DEFAULT_PATTERN, Pattern.DOTALL);

    private final String text;
    private final Matcher matcher;

    EmailAddressFinder(String text) {
        this.text = text;
        this.matcher = ADDRESS.matcher(text);
    }

    @Override
    public MatchResult find(int from) {
        for (int at = text.indexOf('@', from); at >= 0; at = text.indexOf('@', at + 1)) {
            int start = at;
            while (start > from && isAddressCharacter(text.charAt(start - 1))) {
                start--;
            }
            if (matcher.region(start, text.length()).lookingAt()) {
                return matcher;
            }
        }
        return null;
    }

    /** {@code [A-Za-z0-9.\-+_]}, the characters before the {@code @}. */
    private static boolean isAddressCharacter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '.' || c == '-' || c == '+' || c == '_';
    }
}
