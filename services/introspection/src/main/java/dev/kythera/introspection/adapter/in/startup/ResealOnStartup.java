package dev.kythera.introspection.adapter.in.startup;

import dev.kythera.introspection.application.service.ResealSecretsService;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Inbound adapter (start-up): completes a credentials-key rotation when the service starts. */
@ApplicationScoped
public class ResealOnStartup {
  private static final Logger LOG = Logger.getLogger(ResealOnStartup.class);

  void onStart(@Observes StartupEvent event, ResealSecretsService reseal) {
    int resealed = reseal.resealAll();
    if (resealed > 0) {
      LOG.infof(
          "Re-sealed the secrets of %d connection(s) with the active credentials key", resealed);
    }
  }
}
