package dev.kythera.identity.support;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the test SMTP server received, with helpers to pull codes out of account mails. */
public final class MailSink {
  private static final long WAIT_MILLIS = 15_000;
  private static volatile GreenMail server;

  private MailSink() {}

  static void attach(GreenMail greenMail) {
    server = greenMail;
  }

  /** One received mail, decoded. */
  public record ReceivedMail(String to, String subject, String text) {}

  /** Every mail received for {@code recipient}, oldest first. */
  public static List<ReceivedMail> mailsTo(String recipient) {
    return Arrays.stream(server().getReceivedMessages())
        .map(MailSink::decode)
        .filter(mail -> mail.to().equalsIgnoreCase(recipient))
        .toList();
  }

  /** Waits until {@code recipient} has at least {@code count} mails and returns the newest. */
  public static ReceivedMail awaitMail(String recipient, int count) {
    long deadline = System.currentTimeMillis() + WAIT_MILLIS;
    while (true) {
      List<ReceivedMail> mails = mailsTo(recipient);
      if (mails.size() >= count) {
        return mails.get(mails.size() - 1);
      }
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError(
            "Expected " + count + " mail(s) to " + recipient + ", got " + mails.size());
      }
      server().waitForIncomingEmail(200, 1);
    }
  }

  /** The code on the line {@code "<label>: <code>"} of the newest of {@code count} mails. */
  public static String awaitCode(String recipient, int count, String label) {
    return codeIn(awaitMail(recipient, count).text(), label);
  }

  public static String codeIn(String text, String label) {
    Matcher matcher =
        Pattern.compile("^" + Pattern.quote(label) + ": (\\S+)$", Pattern.MULTILINE).matcher(text);
    if (!matcher.find()) {
      throw new AssertionError("No '" + label + ":' line in mail:\n" + text);
    }
    return matcher.group(1);
  }

  private static GreenMail server() {
    if (server == null) {
      throw new IllegalStateException("MailSinkResource is not started");
    }
    return server;
  }

  private static ReceivedMail decode(MimeMessage message) {
    try {
      return new ReceivedMail(
          message.getRecipients(Message.RecipientType.TO)[0].toString(),
          message.getSubject(),
          text(message.getContent()).replace("\r\n", "\n"));
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException("Cannot read a received mail", e);
    }
  }

  private static String text(Object content) throws MessagingException, IOException {
    if (content instanceof String text) {
      return text;
    }
    if (content instanceof Multipart multipart) {
      StringBuilder all = new StringBuilder();
      for (int i = 0; i < multipart.getCount(); i++) {
        all.append(text(multipart.getBodyPart(i).getContent()));
      }
      return all.toString();
    }
    return String.valueOf(content);
  }
}
