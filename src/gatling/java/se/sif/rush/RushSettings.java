package se.sif.rush;

import java.net.URI;
import java.time.Duration;

/**
 * What a run is told, as system properties (perf/rush.sh passes them on): the server, how
 * many applicants, for how long, which call they apply in, and how many drafts each was
 * seeded with (one is finished per journey).
 */
record RushSettings(String baseUrl, int users, Duration ramp, Duration duration, long callId, int drafts,
        int firstDraft, int usableDrafts, int signInThreads, Duration think) {

    static RushSettings fromSystemProperties() {
        return new RushSettings(System.getProperty("rush.baseUrl", "http://localhost:8081"),
                Integer.getInteger("rush.users", 500), Duration.ofSeconds(Integer.getInteger("rush.rampSeconds", 10)),
                Duration.ofSeconds(Integer.getInteger("rush.seconds", 120)), Long.getLong("rush.callId", 3L),
                Integer.getInteger("rush.drafts", 20), Integer.getInteger("rush.firstDraft", 0),
                Integer.getInteger("rush.usableDrafts", Integer.getInteger("rush.drafts", 20)),
                Integer.getInteger("rush.signInThreads", 4),
                Duration.ofSeconds(Integer.getInteger("rush.thinkSeconds", 0)));
    }

    String host() {
        return URI.create(this.baseUrl).getHost();
    }

    /** The applicant {@code i} (1-based), seeded by perf/seed-rush.sql. */
    static String applicant(int i) {
        return String.format("rush-%04d", i);
    }

    /**
     * The draft applicant {@code n} finishes in their journey {@code j} (from 0), seeded by
     * perf/seed-rush-drafts.sql with every section completed but the three the journey
     * saves: this run's share of the applicant's drafts (a warm-up run takes the last
     * ones), one per journey.
     */
    long draft(int n, int j) {
        return 1_000_000L + (long) (n - 1) * this.drafts + this.firstDraft + j % this.usableDrafts;
    }

    static final String PASSWORD = "demo";

}
