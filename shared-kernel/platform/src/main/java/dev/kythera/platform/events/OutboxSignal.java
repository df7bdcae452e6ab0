package dev.kythera.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Wakes the relay as soon as a transaction with outbox rows commits, instead of polling fast. */
@ApplicationScoped
public class OutboxSignal {
  private final Semaphore pending = new Semaphore(0);

  public void wake() {
    if (pending.availablePermits() == 0) {
      pending.release();
    }
  }

  /** Waits for a wake-up or the timeout; returns true when woken. */
  public boolean await(long millis) throws InterruptedException {
    boolean woken = pending.tryAcquire(millis, TimeUnit.MILLISECONDS);
    pending.drainPermits();
    return woken;
  }
}
