/**
 * Word lists (stopwords, flagged words) by language, bundled or from a user's directory.
 *
 * <p>Uses nothing else of dj-flink.
 */
package io.djflink.ops.words;
