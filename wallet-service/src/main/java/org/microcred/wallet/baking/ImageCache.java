package org.microcred.wallet.baking;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fetched images by URL, in memory, least recently used dropped first once their bytes pass a bound. Memory rather
 * than a table: the URLs are content-addressed, so an entry never goes stale; a catalogue has few images, each
 * baked many times; and after a restart refetching them from enrolment-service costs one request each.
 */
final class ImageCache {

    private final long maxBytes;
    private final LinkedHashMap<String, byte[]> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;

    ImageCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    synchronized byte[] get(String url) {
        return entries.get(url);
    }

    synchronized void put(String url, byte[] image) {
        if (image.length > maxBytes) {
            return;
        }
        byte[] old = entries.put(url, image);
        bytes += image.length - (old == null ? 0 : old.length);
        for (Iterator<Map.Entry<String, byte[]>> it = entries.entrySet().iterator(); bytes > maxBytes && it.hasNext(); ) {
            bytes -= it.next().getValue().length;
            it.remove();
        }
    }

    synchronized long size() {
        return bytes;
    }
}
