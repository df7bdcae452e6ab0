package dev.kythera.connectors;

import java.util.EnumSet;
import java.util.Set;

/** What one engine supports, declared by its adapter. */
public record EngineCapabilities(Engine engine, Set<Capability> supported) {
  public EngineCapabilities {
    supported = supported.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(supported));
  }

  public boolean supports(Capability capability) {
    return supported.contains(capability);
  }
}
