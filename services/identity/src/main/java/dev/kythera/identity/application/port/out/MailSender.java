package dev.kythera.identity.application.port.out;

/**
 * Outbound port: sends mail. Called inside a use-case transaction, the mail leaves only after that
 * transaction commits (a rolled-back registration sends nothing), and delivery happens in the
 * background: failures are logged, never thrown, so the caller's answer and its timing do not
 * depend on the mail server.
 */
public interface MailSender {

  void send(OutgoingMail mail);

  /** A plain-text mail to one recipient. */
  record OutgoingMail(String to, String subject, String text) {
    @Override
    public String toString() {
      // The text holds one-time tokens: keep it out of logs.
      return "OutgoingMail[to=" + to + ", subject=" + subject + "]";
    }
  }
}
