package io.djflink.config;

import io.djflink.config.RecipeConfig.FlinkSettings;
import io.djflink.config.YamlNode.Mapping;
import io.djflink.config.YamlNode.Scalar;
import io.djflink.config.YamlNode.Sequence;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code flink:} section: dj-flink's {@code web_ui}, {@code rest_port} and
 * {@code cluster_url}, and every other key as a raw Flink option. Nested YAML is flattened with
 * dots, as Flink's own {@code config.yaml} is, so {@code execution: {checkpointing: {interval: 5s}}} and
 * {@code --flink.execution.checkpointing.interval 5s} both give
 * {@code execution.checkpointing.interval=5s}.
 */
final class FlinkSettingsBinder {

    private static final int WEB_UI_PORT = 8081;

    private FlinkSettingsBinder() {
    }

    static FlinkSettings bind(ConfigSection flink) {
        boolean webUi = flink.bool("web_ui", flink.bool("web-ui", false));
        int restPort = flink.intBetween("rest_port", webUi ? WEB_UI_PORT : 0, 0, 65535,
                "a port number from 0 (any free port) to 65535");
        URI clusterUrl = clusterUrl(flink);
        Map<String, String> options = new LinkedHashMap<>();
        flink.takeUnread().forEach((key, entry) -> flatten(flink.path(key), key, entry, options));
        return new FlinkSettings(webUi, restPort, Collections.unmodifiableMap(options), clusterUrl);
    }

    /** {@code http://host:port} of a cluster's REST endpoint, or null for an embedded Flink. */
    private static URI clusterUrl(ConfigSection flink) {
        String text = flink.string("cluster_url", null);
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text.strip());
            if ("http".equals(uri.getScheme()) && uri.getHost() != null && uri.getPort() > 0
                    && (uri.getPath() == null || uri.getPath().isEmpty() || uri.getPath().equals("/"))) {
                return URI.create("http://" + uri.getHost() + ":" + uri.getPort());
            }
        } catch (URISyntaxException invalid) {
            // reported below with what is expected
        }
        throw flink.error("cluster_url", "must be the REST URL of a Flink cluster, http://HOST:PORT (e.g."
                + " http://127.0.0.1:8081), got '" + text + "'");
    }

    /**
     * @param path the key's full dotted name, for errors ({@code flink.state.backend.type})
     * @param option the Flink option name ({@code state.backend.type})
     */
    private static void flatten(String path, String option, Mapping.Entry entry, Map<String, String> options) {
        YamlNode value = entry.value();
        if (value instanceof Mapping nested) {
            for (String key : nested.keys()) {
                flatten(path + "." + key, option + "." + key, nested.get(key), options);
            }
        } else if (value instanceof Sequence sequence) {
            List<String> items = new ArrayList<>();
            for (YamlNode item : sequence.items()) {
                if (!(item instanceof Scalar scalar) || scalar.isNull()) {
                    throw ConfigException.at(entry.keyOrigin(), path, "a list of Flink option values must hold"
                            + " plain values, got " + value.render());
                }
                items.add(scalar.text());
            }
            options.put(option, "[" + String.join(", ", items) + "]");
        } else if (value instanceof Scalar scalar && !scalar.isNull()) {
            options.put(option, scalar.text());
        } else {
            throw ConfigException.at(entry.keyOrigin(), path, "a Flink option needs a value");
        }
    }
}
