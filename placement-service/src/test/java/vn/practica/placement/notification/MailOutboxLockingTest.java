package vn.practica.placement.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.practica.placement.application.ApplicationOutbox;
import vn.practica.placement.notification.MailOutboxRepository.ClaimedMail;

/**
 * Senders share the mail outbox by row locks held for their batch's transaction: what one holds another skips, and
 * what a sender that stops without marking held goes again, its attempt uncounted. The mails are due in the year
 * 2999, beyond the reach of the service's own sender.
 */
@QuarkusTest
class MailOutboxLockingTest {
    private static final Instant DUE = Instant.parse("2999-12-31T00:00:00Z");
    private static final Instant LATER = Instant.parse("3000-01-01T00:00:00Z");

    @Inject
    MailOutboxRepository outbox;

    @Test
    void mailsOneSenderHoldsAreSkippedByAnotherAndGoAgainWhenItStopsWithoutMarkingThem() throws Exception {
        String domain = threeMailsDue();
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    List<ClaimedMail> mine = ofDomain(outbox.lockDue(LATER, 100_000, Optional.empty()), domain);
                    held.countDown();
                    await(release);
                    throw new IllegalStateException("the sender stops before marking " + mine.size() + " mails");
                });
            } catch (IllegalStateException stopped) {
                // rolled back: its locks are gone and nothing of it was written
            }
        });
        assertTrue(held.await(30, TimeUnit.SECONDS));

        List<ClaimedMail> other = QuarkusTransaction.requiringNew()
                .call(() -> ofDomain(outbox.lockDue(LATER, 100_000, Optional.empty()), domain));
        release.countDown();
        stopping.get(30, TimeUnit.SECONDS);
        List<ClaimedMail> again = QuarkusTransaction.requiringNew().call(() -> {
            List<ClaimedMail> mine = ofDomain(outbox.lockDue(LATER, 100_000, Optional.empty()), domain);
            outbox.markSent(List.of(mine.get(0).id(), mine.get(1).id()), DUE);
            outbox.markFailed(mine.get(2).id(), "refused", LATER);
            return mine;
        });

        assertEquals(List.of(), other);
        assertEquals(List.of(1, 1, 1), again.stream().map(ClaimedMail::attempts).toList());
        assertEquals(
                List.of("1 sent null", "1 sent null", "1 due refused"),
                ApplicationOutbox.texts(
                        "select attempts || case when sent_at is null then ' due ' else ' sent ' end"
                                + " || coalesce(last_error, 'null') from mail_outbox where recipient like ?1"
                                + " order by sent_at nulls last, id",
                        "%@" + domain));
    }

    @Test
    void aBatchGoesOnAfterTheMailTheOneBeforeItTriedAndAPassStartsAgainAtTheHead() {
        String domain = threeMailsDue();
        List<ClaimedMail> all = QuarkusTransaction.requiringNew()
                .call(() -> ofDomain(outbox.lockDue(LATER, 100_000, Optional.empty()), domain));

        List<ClaimedMail> afterFirst = QuarkusTransaction.requiringNew()
                .call(() -> ofDomain(
                        outbox.lockDue(LATER, 100_000, Optional.of(all.get(0).position())), domain));
        List<ClaimedMail> fromHead = QuarkusTransaction.requiringNew()
                .call(() -> ofDomain(outbox.lockDue(LATER, 100_000, Optional.empty()), domain));

        assertEquals(List.of("a", "b", "c"), recipients(all));
        assertEquals(List.of("b", "c"), recipients(afterFirst));
        assertEquals(List.of("a", "b", "c"), recipients(fromHead));
        ApplicationOutbox.update("delete from mail_outbox where recipient like ?1", "%@" + domain);
    }

    /** Mails to a, b and c at a new domain, due in 2999, inserted in that order; returns the domain. */
    private static String threeMailsDue() {
        String domain = UUID.randomUUID() + ".example.vn";
        for (String name : List.of("a", "b", "c")) {
            ApplicationOutbox.update(
                    "insert into mail_outbox (recipient, subject, body, created_at, next_attempt_at)"
                            + " values (?1, 'Test', 'Body', now(), ?2)",
                    name + "@" + domain,
                    DUE);
        }
        return domain;
    }

    private static List<String> recipients(List<ClaimedMail> mails) {
        return mails.stream().map(m -> m.mail().to().split("@")[0]).toList();
    }

    private static List<ClaimedMail> ofDomain(List<ClaimedMail> mails, String domain) {
        return mails.stream().filter(m -> m.mail().to().endsWith("@" + domain)).toList();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
