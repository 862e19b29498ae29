package vn.practica.placement.notification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import vn.practica.placement.notification.MailOutboxRepository.ClaimedMail;
import vn.practica.platform.housekeeping.PurgeLoop;

/**
 * Sends the mail outbox on a daemon thread of each instance, never inside a request: a round claims due mails in
 * one short transaction (skip locked, so instances share them), sends each with no transaction open, records each
 * failure in its own short transaction and the batch's sent mails in one (a matching round queues hundreds of
 * thousands: a commit per mail was a disk flush per mail). A mail sent but not yet marked when the instance stops
 * goes again once its claim expires, as one sent just before its mark always could. A slow or failing SMTP server
 * delays mails, never a write.
 */
@ApplicationScoped
public class MailDeliveryService {
    private static final Logger LOG = Logger.getLogger(MailDeliveryService.class);
    private static final int MAX_ERROR = 500;

    private final MailOutboxRepository outbox;
    private final MailConfig config;
    private final MailSender sender;
    private final Clock clock = Clock.systemUTC();
    private PurgeLoop loop;

    MailDeliveryService(
            MailOutboxRepository outbox, MailConfig config, LoggingMailSender logging, SmtpMailSender smtp) {
        this.outbox = outbox;
        this.config = config;
        this.sender = config.transport() == MailConfig.Transport.SMTP ? smtp : logging;
    }

    void start(@Observes StartupEvent startup) {
        loop = PurgeLoop.start("mail-delivery", "mails (sent)", config.interval(), this::deliverDueMails);
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        if (loop != null) {
            loop.stop();
        }
    }

    /** Sends every due mail, batch by batch; how many were sent. */
    public int deliverDueMails() throws Exception {
        int sent = 0;
        List<ClaimedMail> batch;
        do {
            Instant now = clock.instant();
            batch = QuarkusTransaction.requiringNew()
                    .call(() -> outbox.claimDue(now, now.plus(config.retryAfter()), config.batchSize()));
            List<Long> delivered = new ArrayList<>(batch.size());
            for (ClaimedMail mail : batch) {
                if (deliver(mail)) {
                    delivered.add(mail.id());
                }
            }
            if (!delivered.isEmpty()) {
                QuarkusTransaction.requiringNew().run(() -> outbox.markSent(delivered, clock.instant()));
            }
            sent += delivered.size();
        } while (batch.size() == config.batchSize());
        return sent;
    }

    private boolean deliver(ClaimedMail claimed) {
        try {
            sender.send(claimed.mail());
        } catch (Exception e) {
            boolean giveUp = claimed.attempts() >= config.maxAttempts();
            Instant retryAt = giveUp ? null : clock.instant().plus(config.retryAfter());
            LOG.warnf(
                    "Mail %d not sent (attempt %d%s): %s",
                    claimed.id(), claimed.attempts(), giveUp ? ", given up" : "", e.getMessage());
            QuarkusTransaction.requiringNew().run(() -> outbox.markFailed(claimed.id(), error(e), retryAt));
            return false;
        }
        return true;
    }

    private static String error(Exception e) {
        String message = String.valueOf(e.getMessage());
        return message.length() > MAX_ERROR ? message.substring(0, MAX_ERROR) : message;
    }
}
