package se.sif.notification;

import java.time.Duration;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sif.notification.*}: the sender address ({@code SIF_NOTIFICATION_FROM}), how
 * often each node looks for due messages, how many it sends in one round, how many
 * attempts a message gets and how long it waits before the next one (doubling each time,
 * at most {@code max-retry-after}). {@code dispatcher-enabled=false} stops the automatic
 * dispatcher (tests drive it by hand). The mail server itself is Spring's
 * {@code spring.mail.*}; without {@code spring.mail.host} nothing is sent.
 */
@ConfigurationProperties("sif.notification")
record NotificationProperties(@DefaultValue("SIF <no-reply@localhost>") String from,
        @DefaultValue("true") boolean dispatcherEnabled, @DefaultValue("PT10S") Duration pollInterval,
        @DefaultValue("50") int batchSize, @DefaultValue("12") int maxAttempts,
        @DefaultValue("PT1M") Duration retryAfter, @DefaultValue("PT6H") Duration maxRetryAfter) {

    NotificationProperties {
        if (batchSize < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException(
                    "sif.notification.batch-size and sif.notification.max-attempts must be at least 1");
        }
        if (retryAfter.isNegative() || maxRetryAfter.compareTo(retryAfter) < 0) {
            throw new IllegalArgumentException(
                    "sif.notification.retry-after must be positive and at most sif.notification.max-retry-after");
        }
        try {
            new InternetAddress(from, true).validate();
        }
        catch (AddressException e) {
            throw new IllegalArgumentException("sif.notification.from is not an e-mail address: " + from, e);
        }
    }

    InternetAddress sender() {
        try {
            return new InternetAddress(from, true);
        }
        catch (AddressException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * How long a message waits after its {@code attempt}-th failed attempt: the first
     * wait doubled for each attempt before, capped.
     */
    Duration backoff(int attempt) {
        Duration wait = retryAfter;
        for (int i = 1; i < attempt && wait.compareTo(maxRetryAfter) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : wait;
    }

}
