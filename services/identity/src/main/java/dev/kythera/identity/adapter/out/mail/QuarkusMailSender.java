package dev.kythera.identity.adapter.out.mail;

import dev.kythera.identity.application.port.out.MailSender;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Outbound adapter (SMTP via quarkus-mailer): {@link MailSender}. Mails wait for the surrounding
 * transaction to commit, then go out without blocking the request.
 */
@ApplicationScoped
public class QuarkusMailSender implements MailSender {
  private static final Logger LOG = Logger.getLogger(QuarkusMailSender.class);
  private static final int RETRIES = 4;
  private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(6);
  private static final Duration RETRY_FIRST_DELAY = Duration.ofMillis(200);
  private static final Duration RETRY_MAX_DELAY = Duration.ofSeconds(2);

  private final ReactiveMailer mailer;
  private final TransactionSynchronizationRegistry transactions;

  public QuarkusMailSender(ReactiveMailer mailer, TransactionSynchronizationRegistry transactions) {
    this.mailer = mailer;
    this.transactions = transactions;
  }

  @Override
  public void send(OutgoingMail mail) {
    if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
      transactions.registerInterposedSynchronization(new AfterCommit(this, mail));
    } else {
      deliver(mail);
    }
  }

  void deliver(OutgoingMail mail) {
    mailer
        .send(Mail.withText(mail.to(), mail.subject(), mail.text()))
        // An attempt that hangs (seen on a loaded machine: a connection stalled ~30 s until the
        // relay timed it out) or fails (a pooled connection the relay already closed) is given up
        // and retried on a fresh connection, so a verification mail arrives in seconds.
        .ifNoItem()
        .after(ATTEMPT_TIMEOUT)
        .fail()
        .onFailure()
        .invoke(
            failure -> LOG.infof("Mail '%s' attempt failed, retrying: %s", mail.subject(), failure))
        .onFailure()
        .retry()
        .withBackOff(RETRY_FIRST_DELAY, RETRY_MAX_DELAY)
        .atMost(RETRIES)
        .subscribe()
        .with(
            ignored -> LOG.debugf("Mail '%s' handed to the SMTP server", mail.subject()),
            failure ->
                // Never log the text: it holds a one-time token.
                LOG.warnf("Mail '%s' could not be sent: %s", mail.subject(), failure.getMessage()));
  }

  private record AfterCommit(QuarkusMailSender sender, OutgoingMail mail)
      implements Synchronization {
    @Override
    public void beforeCompletion() {}

    @Override
    public void afterCompletion(int status) {
      if (status == Status.STATUS_COMMITTED) {
        sender.deliver(mail);
      }
    }
  }
}
