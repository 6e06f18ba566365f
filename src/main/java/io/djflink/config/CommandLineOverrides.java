package io.djflink.config;

import io.djflink.config.YamlNode.Mapping;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Command-line overrides in DataJuicer's (jsonargparse's) dotted form: {@code --partition.mode
 * manual}, {@code --job_id=x}. Each value is read as YAML, so {@code 3} is an integer and
 * {@code [a, b]} a list. Overrides are applied to the recipe's tree before it is read, so they win
 * over the file and are validated like it, with errors naming the option.
 */
final class CommandLineOverrides {

    private static final Pattern KEY = Pattern.compile("[^.=\\s]+(\\.[^.=\\s]+)*");

    private record Override(String key, YamlNode value) {
    }

    private final List<Override> overrides;

    private CommandLineOverrides(List<Override> overrides) {
        this.overrides = overrides;
    }

    /**
     * @param args {@code --key value} and {@code --key=value} items, in order; a later one wins
     * @throws ConfigException naming the item that is not an override or lacks its value
     */
    static CommandLineOverrides parse(List<String> args, List<String> warnings) {
        List<Override> overrides = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new ConfigException("command line: '" + arg
                        + "' is not an override; write --key value or --key=value");
            }
            String body = arg.substring(2);
            int equals = body.indexOf('=');
            String key = equals >= 0 ? body.substring(0, equals) : body;
            if (!KEY.matcher(key).matches()) {
                throw new ConfigException("command line: '" + arg + "' does not name a key such as --partition.mode");
            }
            String text;
            if (equals >= 0) {
                text = body.substring(equals + 1);
            } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                text = args.get(++i);
            } else {
                throw new ConfigException("command line --" + key + ": no value given");
            }
            Origin origin = Origin.commandLine(key);
            overrides.add(new Override(key, LocatedYamlReader.readOverrideValue(text, origin, warnings)));
        }
        return new CommandLineOverrides(overrides);
    }

    /** Sets each dotted key in {@code root}; a mapping value is merged into an existing mapping. */
    void applyTo(Mapping root) {
        for (Override override : overrides) {
            String[] path = override.key().split("\\.");
            Origin origin = override.value().origin();
            Mapping parent = root;
            for (int i = 0; i < path.length - 1; i++) {
                parent = childMapping(parent, path[i], origin);
            }
            set(parent, path[path.length - 1], override.value());
        }
    }

    private static Mapping childMapping(Mapping parent, String key, Origin origin) {
        YamlNode.Mapping.Entry entry = parent.get(key);
        if (entry != null && entry.value() instanceof Mapping existing) {
            return existing;
        }
        Mapping created = new Mapping(origin);
        parent.put(key, origin, created);
        return created;
    }

    private static void set(Mapping parent, String key, YamlNode value) {
        YamlNode.Mapping.Entry entry = parent.get(key);
        if (entry != null && entry.value() instanceof Mapping existing && value instanceof Mapping given) {
            for (String givenKey : given.keys()) {
                set(existing, givenKey, given.get(givenKey).value());
            }
        } else {
            parent.put(key, value.origin(), value);
        }
    }
}
