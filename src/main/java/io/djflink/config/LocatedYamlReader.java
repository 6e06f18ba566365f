package io.djflink.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.Mark;
import com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.MarkedYAMLException;
import io.djflink.config.YamlNode.Mapping;
import io.djflink.config.YamlNode.Scalar;
import io.djflink.config.YamlNode.Sequence;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Reads YAML with Jackson's streaming parser into a {@link YamlNode} tree that remembers the line
 * of every key and value. Anchors and aliases are resolved; a duplicate key is a warning and the
 * last value wins, as in PyYAML, which DataJuicer uses.
 */
final class LocatedYamlReader {

    private static final YAMLFactory FACTORY = new YAMLFactory();

    private final IntFunction<Origin> originAtLine;
    private final List<String> warnings;
    private final Map<String, YamlNode> anchors = new HashMap<>();

    private LocatedYamlReader(IntFunction<Origin> originAtLine, List<String> warnings) {
        this.originAtLine = originAtLine;
        this.warnings = warnings;
    }

    /**
     * Reads a recipe file, whose top level must be a mapping (an empty file is an empty mapping).
     *
     * @throws ConfigException for a missing or unreadable file, or invalid YAML (with line and column)
     */
    static Mapping readRecipe(Path file, List<String> warnings) {
        String name = file.toString();
        LocatedYamlReader reader = new LocatedYamlReader(line -> Origin.inFile(name, line), warnings);
        YamlNode root;
        try {
            root = reader.readDocument(readText(file));
        } catch (JsonProcessingException e) {
            throw new ConfigException(name + ":" + positionedProblem(e));
        } catch (IOException e) {
            throw new ConfigException("cannot read config file " + name + ": " + e.getMessage());
        }
        if (root == null) {
            return new Mapping(Origin.ofFile(name));
        }
        if (!(root instanceof Mapping mapping)) {
            throw new ConfigException(root.origin() + ": a recipe must be a mapping of keys to values, got "
                    + root.render());
        }
        return mapping;
    }

    /**
     * Reads a command-line override value as a YAML scalar or flow collection ({@code 3},
     * {@code true}, {@code [a, b]}). Text that is not valid YAML is taken as a plain string, as
     * an argument parser would; empty text is null.
     */
    static YamlNode readOverrideValue(String text, Origin origin, List<String> warnings) {
        try {
            YamlNode node = new LocatedYamlReader(line -> origin, warnings).readDocument(text);
            return node != null ? node : new Scalar(null, text, origin);
        } catch (IOException e) {
            return new Scalar(text, text, origin);
        }
    }

    private static String readText(Path file) {
        if (!Files.exists(file)) {
            throw new ConfigException("config file not found: " + file);
        }
        if (Files.isDirectory(file)) {
            throw new ConfigException("config file " + file + " is a directory, not a YAML file");
        }
        try {
            return Files.readString(file);
        } catch (MalformedInputException e) {
            throw new ConfigException("config file " + file + " is not UTF-8 text");
        } catch (IOException e) {
            throw new ConfigException("cannot read config file " + file + ": " + e.getMessage());
        }
    }

    /** @return the document's root, or null for an empty document */
    private YamlNode readDocument(String text) throws IOException {
        try (YAMLParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            YamlNode root = readNode(parser, first);
            if (parser.nextToken() != null) {
                throw new JsonParseException(parser, "only one YAML document is supported, found a second one");
            }
            return root;
        }
    }

    private YamlNode readNode(YAMLParser parser, JsonToken token) throws IOException {
        Origin origin = originAtLine.apply(parser.currentTokenLocation().getLineNr());
        if (parser.isCurrentAlias()) {
            YamlNode target = anchors.get(parser.getText());
            if (target == null) {
                throw new JsonParseException(parser, "alias *" + parser.getText() + " names no anchor");
            }
            return target;
        }
        String anchor = parser.getObjectId();
        String text = parser.getText();
        YamlNode node = switch (token) {
            case START_OBJECT -> readMapping(parser, origin);
            case START_ARRAY -> readSequence(parser, origin);
            case VALUE_NULL -> new Scalar(null, text, origin);
            case VALUE_TRUE -> new Scalar(Boolean.TRUE, text, origin);
            case VALUE_FALSE -> new Scalar(Boolean.FALSE, text, origin);
            case VALUE_NUMBER_INT -> new Scalar(parser.getNumberType() == YAMLParser.NumberType.BIG_INTEGER
                    ? parser.getBigIntegerValue() : Long.valueOf(parser.getLongValue()), text, origin);
            case VALUE_NUMBER_FLOAT -> new Scalar(parser.getDoubleValue(), text, origin);
            default -> new Scalar(text, text, origin);
        };
        if (anchor != null) {
            anchors.put(anchor, node);
        }
        return node;
    }

    private Mapping readMapping(YAMLParser parser, Origin origin) throws IOException {
        Mapping mapping = new Mapping(origin);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            Origin keyOrigin = originAtLine.apply(parser.currentTokenLocation().getLineNr());
            YamlNode value = readNode(parser, parser.nextToken());
            if (mapping.put(key, keyOrigin, value) != null) {
                warnings.add(keyOrigin + ": duplicate key '" + key + "'; the last value is used");
            }
        }
        return mapping;
    }

    private Sequence readSequence(YAMLParser parser, Origin origin) throws IOException {
        List<YamlNode> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            items.add(readNode(parser, token));
        }
        return new Sequence(List.copyOf(items), origin);
    }

    /** {@code line:column: invalid YAML: problem}, on one line. */
    private static String positionedProblem(JsonProcessingException e) {
        String position;
        String problem;
        if (e instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            Mark mark = marked.getProblemMark();
            position = (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
            problem = marked.getProblem();
            Mark contextMark = marked.getContextMark();
            if (marked.getContext() != null && contextMark != null) {
                problem += " (" + marked.getContext() + " at line " + (contextMark.getLine() + 1) + ", column "
                        + (contextMark.getColumn() + 1) + ")";
            }
        } else {
            JsonLocation location = e.getLocation();
            position = location.getLineNr() + ":" + location.getColumnNr();
            problem = e.getOriginalMessage();
        }
        return position + ": invalid YAML: " + problem.replaceAll("\\s*\\R\\s*", " ");
    }
}
