package dev.kythera.generation.domain.seed;

/**
 * A UNIQUE constraint satisfied by counting through the space of its columns' combinations: row n
 * takes the n-th combination of a fixed permutation, with one digit per foreign key (a parent row)
 * or small value set (booleans, enum labels), e.g. {@code product_tags(product_id, tag_id)}.
 *
 * @param constraint the constraint's name
 * @param digits how many digits (foreign keys and value columns) the combination has
 */
public record UniqueCombination(String constraint, int digits) {}
