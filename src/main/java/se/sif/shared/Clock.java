package se.sif.shared;

import java.time.ZoneId;

/** Swedish public-sector dates and deadlines are in Stockholm time, whatever the server's zone. */
public final class Clock {

    public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private Clock() {
    }
}
