package dev.kythera.identity.application.port.out;

/** Outbound port: draws a QR code. */
public interface QrCodeRenderer {

  /** A {@code data:image/png;base64,…} URI of a QR code holding {@code text}. */
  String pngDataUri(String text);
}
