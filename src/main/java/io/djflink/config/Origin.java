package io.djflink.config;

/**
 * Where a configuration value was written: a line of the recipe file (line 0 for the file as a
 * whole), or a command-line option.
 *
 * @param file the recipe file as the user named it, or null for the command line
 * @param option the command-line option without its leading dashes, or null for the file
 */
record Origin(String file, int line, String option) {

    static Origin ofFile(String file) {
        return new Origin(file, 0, null);
    }

    static Origin inFile(String file, int line) {
        return new Origin(file, line, null);
    }

    static Origin commandLine(String option) {
        return new Origin(null, 0, option);
    }

    /**
     * Names {@code key} at this place: {@code recipe.yaml:12: checkpoint.strategy}, or
     * {@code command line --checkpoint.n_ops} (the option already names the key).
     */
    String describe(String key) {
        if (file == null && option.equals(key)) {
            return toString();
        }
        return this + ": " + key;
    }

    @Override
    public String toString() {
        if (file == null) {
            return "command line --" + option;
        }
        return line > 0 ? file + ":" + line : file;
    }
}
