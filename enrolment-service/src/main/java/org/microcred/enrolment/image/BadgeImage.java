package org.microcred.enrolment.image;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A stored badge image, named by the SHA-256 of its bytes, so never changed once written (table badge_image, V7).
 * A generated SVG names the PNG drawn from the same design ({@code pngRendition}).
 */
@Entity
@Table(name = "badge_image")
public class BadgeImage {

    @Id
    public String sha256;

    @Column(name = "media_type")
    public String mediaType;

    public byte[] content;

    public int width;

    public int height;

    @Column(name = "png_rendition")
    public String pngRendition;

    @Column(name = "created_at")
    public Instant createdAt;

    public ImageFormat format() {
        return ImageFormat.ofMediaType(mediaType).orElseThrow();
    }
}
