package se.sif.shared;

import java.time.ZoneId;

/**
 * Swedish public-sector dates and deadlines are in Stockholm time, whatever the server's
 * zone.
 */
public final class Stockholm {

    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private Stockholm() {
    }

}
