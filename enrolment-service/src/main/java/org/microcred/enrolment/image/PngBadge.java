package org.microcred.enrolment.image;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.jboss.logging.Logger;

/**
 * The generated badge drawn with Java2D (headless), so that a PNG badge can be baked whatever the image: the same
 * {@link BadgeDesign} as the SVG.
 */
final class PngBadge {

    private static final Logger LOG = Logger.getLogger(PngBadge.class);

    static {
        // A server has no display; Java2D draws into memory.
        System.setProperty("java.awt.headless", "true");
    }

    private PngBadge() {
    }

    /**
     * The name, centred line by line. Text needs the system's fonts (fontconfig, FreeType): where a runtime has
     * none, the badge is the disc and ring alone rather than no PNG at all, and the SVG still carries the name.
     */
    private static void drawName(Graphics2D g, BadgeDesign design, int size) {
        try {
            g.setColor(Color.decode(design.foreground()));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, design.fontSize()));
            FontMetrics metrics = g.getFontMetrics();
            for (int i = 0; i < design.lines().size(); i++) {
                String line = design.lines().get(i);
                g.drawString(line, (size - metrics.stringWidth(line)) / 2, design.baseline(i));
            }
        } catch (RuntimeException | LinkageError | InternalError e) {
            LOG.warnf("The generated PNG badge has no text: this runtime cannot draw fonts (%s)", e.toString());
        }
    }

    static byte[] render(BadgeDesign design) {
        int size = BadgeDesign.SIZE;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.decode(design.background()));
            g.fillOval(size / 2 - 248, size / 2 - 248, 496, 496);
            g.setColor(Color.decode(design.accent()));
            g.setStroke(new BasicStroke(14));
            g.drawOval(size / 2 - 222, size / 2 - 222, 444, 444);
            drawName(g, design, size);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
