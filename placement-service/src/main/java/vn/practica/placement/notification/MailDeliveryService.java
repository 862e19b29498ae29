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
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.practica.placement.notification.MailOutboxRepository.ClaimedMail;
import vn.practica.placement.notification.MailOutboxRepository.QueuePosition;
import vn.practica.platform.housekeeping.PurgeLoop;

/**
 * Sends the mail outbox on a daemon thread of each instance, never inside a request. Each batch is one transaction:
 * it locks due mails (skip locked, so instances share them), sends them for at most {@code batch-time}, and marks
 * each sent or failed: one write per mail and one commit per batch (a matching round queues hundreds of thousands;
 * a claim written before sending and a mark after it were most of the database's cost of a mail). A sender that
 * stops mid-batch leaves its mails unmarked, and they go again, as one sent just before its mark always could. A
 * slow or failing SMTP server delays mails, never a write: writers insert, and the locks are on mails only.
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

    /**
     * Sends every due mail, batch by batch; how many were sent. Each batch goes on from where the one before it
     * stopped: sent mails leave dead entries at the head of the due index until a vacuum removes them, and starting
     * every batch from the head walked all of them again (a national round's hundreds of thousands; docs/benchmarks.md,
     * "Tenth pass"). A mail committed behind that point meanwhile waits for the next pass, which starts at the head.
     */
    public int deliverDueMails() throws Exception {
        int timeout = (int) config.batchTime().multipliedBy(3).plusMinutes(1).toSeconds();
        int sent = 0;
        Optional<QueuePosition> after = Optional.empty();
        Batch batch;
        do {
            Optional<QueuePosition> from = after;
            batch = QuarkusTransaction.requiringNew().timeout(timeout).call(() -> deliverBatch(from));
            sent += batch.sent();
            after = batch.last().or(() -> from);
        } while (batch.locked() == config.batchSize());
        return sent;
    }

    /** How many mails a batch locked, how many of them it sent, and the last one it tried. */
    private record Batch(int locked, int sent, Optional<QueuePosition> last) {}

    /**
     * Locks due mails, sends them until the batch's time is up, and marks each outcome in the same transaction;
     * the mails it did not get to are left as they were, due for the next batch.
     */
    private Batch deliverBatch(Optional<QueuePosition> after) {
        Instant now = clock.instant();
        Instant stopAt = now.plus(config.batchTime());
        List<ClaimedMail> locked = outbox.lockDue(now, config.batchSize(), after);
        List<Long> delivered = new ArrayList<>(locked.size());
        QueuePosition last = null;
        for (ClaimedMail mail : locked) {
            if (clock.instant().isAfter(stopAt)) {
                break;
            }
            if (deliver(mail)) {
                delivered.add(mail.id());
            }
            last = mail.position();
        }
        if (!delivered.isEmpty()) {
            outbox.markSent(delivered, clock.instant());
        }
        return new Batch(locked.size(), delivered.size(), Optional.ofNullable(last));
    }

    private boolean deliver(ClaimedMail mail) {
        try {
            sender.send(mail.mail());
        } catch (Exception e) {
            boolean giveUp = mail.attempts() >= config.maxAttempts();
            Instant retryAt = giveUp ? null : clock.instant().plus(config.retryAfter());
            LOG.warnf(
                    "Mail %d not sent (attempt %d%s): %s",
                    mail.id(), mail.attempts(), giveUp ? ", given up" : "", e.getMessage());
            outbox.markFailed(mail.id(), error(e), retryAt);
            return false;
        }
        return true;
    }

    private static String error(Exception e) {
        String message = String.valueOf(e.getMessage());
        return message.length() > MAX_ERROR ? message.substring(0, MAX_ERROR) : message;
    }
}
