package dev.kythera.identity.adapter.out.qr;

import dev.kythera.identity.application.port.out.QrCodeRenderer;
import io.nayuki.qrcodegen.QrCode;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/**
 * Outbound adapter (Nayuki qrcodegen + JDK ImageIO): {@link QrCodeRenderer} as a black-on-white PNG
 * with a 4-module quiet zone, 6 pixels per module, error correction level M.
 */
@ApplicationScoped
public class NayukiQrCodeRenderer implements QrCodeRenderer {
  private static final int SCALE = 6;
  private static final int BORDER = 4;

  @Override
  public String pngDataUri(String text) {
    QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
    int size = (qr.size + BORDER * 2) * SCALE;
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        boolean dark = qr.getModule(x / SCALE - BORDER, y / SCALE - BORDER);
        image.setRGB(x, y, dark ? 0x000000 : 0xFFFFFF);
      }
    }
    try (ByteArrayOutputStream png = new ByteArrayOutputStream()) {
      ImageIO.write(image, "png", png);
      return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    } catch (IOException e) {
      throw new IllegalStateException("Cannot write the QR code PNG", e);
    }
  }
}
