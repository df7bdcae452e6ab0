package dev.kythera.platform.events;

import dev.kythera.kernel.event.EventEnvelope;

/** An event read from Kafka, with where it came from (for logs and the dead-letter topic). */
public record IncomingEvent(EventEnvelope envelope, String topic, int partition, long offset) {}
