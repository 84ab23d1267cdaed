package se.sif.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock every rule reads the time from (deadlines, legal force, year-end, payment
 * schedules), in Stockholm time. Tests replace it with a fixed clock, so a test gives the
 * same verdict on any day of the year.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(Stockholm.ZONE);
    }

}
