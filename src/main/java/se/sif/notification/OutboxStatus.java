package se.sif.notification;

/**
 * Where a queued message stands: waiting to be sent (also after a failed attempt, until
 * its next one is due), sent, or given up on (attempts used up, or an address no mail
 * server would take).
 */
public enum OutboxStatus {

    QUEUED, SENT, FAILED

}
