package org.microcred.enrolment.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Images made for the tests: real PNGs drawn with Java2D, SVGs as text. */
final class TestImages {

    private TestImages() {
    }

    /** A PNG of the given size; {@code seed} changes its pixels, so each test stores bytes of its own. */
    static byte[] png(int width, int height, int seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(seed & 0xffffff));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] svg(String inner) {
        return ("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                + " width=\"256\" height=\"256\" viewBox=\"0 0 256 256\">" + inner + "</svg>")
                .getBytes(StandardCharsets.UTF_8);
    }
}
