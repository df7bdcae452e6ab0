package dev.kythera.introspection.domain.explorer;

import dev.kythera.kernel.schema.TypeCategory;

/** A parameter value and the category of what it is compared with or written to. */
public record BoundValue(Object value, TypeCategory category) {}
