package io.djflink.config;

/**
 * A recipe or command-line override that cannot be used. The message is one line that says where
 * (file:line, or the command-line option) and what is wrong, ready to show to the user as is.
 */
public class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }

    /** An error about {@code key}, written at {@code origin}. */
    static ConfigException at(Origin origin, String key, String problem) {
        return new ConfigException(origin.describe(key) + ": " + problem);
    }
}
