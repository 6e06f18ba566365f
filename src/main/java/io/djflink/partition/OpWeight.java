package io.djflink.partition;

/** How much one op of the recipe adds to the pipeline complexity score. */
public record OpWeight(String op, double weight) {
}
