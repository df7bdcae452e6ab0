package dev.kythera.identity.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Test resource: a real SMTP server (GreenMail) on a free local port, wired into quarkus-mailer.
 * Tests read what identity sent through {@link MailSink}.
 */
public class MailSinkResource implements QuarkusTestResourceLifecycleManager {
  private GreenMail greenMail;

  @Override
  public Map<String, String> start() {
    greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    MailSink.attach(greenMail);
    return Map.of(
        "quarkus.mailer.host", "127.0.0.1",
        "quarkus.mailer.port", String.valueOf(greenMail.getSmtp().getPort()),
        "quarkus.mailer.mock", "false");
  }

  @Override
  public void stop() {
    if (greenMail != null) {
      greenMail.stop();
    }
  }
}
