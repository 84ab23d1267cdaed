package se.sif.jobs;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The job poller and the heartbeats are {@code @Scheduled} methods of {@link JobRunner}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class JobsConfiguration {

}
