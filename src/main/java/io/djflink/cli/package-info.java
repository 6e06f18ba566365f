/**
 * The command-line tools {@code dj-process} and {@code dj-job} (picocli): argument parsing,
 * console output and exit codes. Owns nothing else.
 *
 * <p>May use: {@code job}, {@code config}, {@code events}, {@code ops} (the op catalogue) and the
 * storage packages and {@code json} for the JSON it prints. Nothing depends on it.
 */
package io.djflink.cli;
