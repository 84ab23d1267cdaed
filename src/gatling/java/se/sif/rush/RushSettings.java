package se.sif.rush;

import java.net.URI;
import java.time.Duration;

/**
 * What a run is told, as system properties (perf/rush.sh passes them on): the server, how
 * many applicants, for how long, and which call and partner they apply with.
 */
record RushSettings(String baseUrl, int users, Duration ramp, Duration duration, long callId,
        long partnerOrganisationId, int signInThreads) {

    static RushSettings fromSystemProperties() {
        return new RushSettings(System.getProperty("rush.baseUrl", "http://localhost:8081"),
                Integer.getInteger("rush.users", 500), Duration.ofSeconds(Integer.getInteger("rush.rampSeconds", 10)),
                Duration.ofSeconds(Integer.getInteger("rush.seconds", 120)), Long.getLong("rush.callId", 3L),
                Long.getLong("rush.partnerOrganisation", 0L), Integer.getInteger("rush.signInThreads", 4));
    }

    String host() {
        return URI.create(this.baseUrl).getHost();
    }

    /** The applicant {@code i} (1-based), seeded by perf/seed-rush.sql. */
    static String applicant(int i) {
        return String.format("rush-%04d", i);
    }

    /** The user of the partner organisation who confirms applicant {@code i}'s applications. */
    static String partner(int i) {
        return String.format("rush-partner-%04d", i);
    }

    static final String PASSWORD = "demo";

}
