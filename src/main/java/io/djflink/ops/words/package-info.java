/**
 * Word lists (stopwords, flagged words) by language, bundled or from a user's directory.
 *
 * <p>May use {@code json} only.
 */
package io.djflink.ops.words;
