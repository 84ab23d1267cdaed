package se.sif;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import se.sif.shared.Stockholm;

/**
 * The fixed clock of every Spring test: the application reads the time only from the
 * injected {@link Clock}, so the suite gives the same verdict on any day of the year. The
 * moment can be moved for a whole run with
 * {@code -Dsif.test.now=2026-12-31T23:30:00+01:00} (a year-end, say) to show that no rule
 * depends on it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

    public static final Instant NOW = OffsetDateTime
        .parse(System.getProperty("sif.test.now", "2026-03-18T10:15:00+01:00"))
        .toInstant();

    public static final LocalDate TODAY = LocalDate.ofInstant(NOW, Stockholm.ZONE);

    public static final int YEAR = TODAY.getYear();

    public static final Clock CLOCK = Clock.fixed(NOW, Stockholm.ZONE);

    @Bean
    @Primary
    Clock fixedClock() {
        return CLOCK;
    }

}
