package vn.practica.placement.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How mails of the mail outbox are sent: by which transport, how often, and how failures are tried again. */
@ConfigMapping(prefix = "practica.mail")
public interface MailConfig {
    enum Transport {
        /** Log only (the default): no mail leaves the service. */
        LOG,
        /** SMTP through Quarkus Mailer ({@code quarkus.mailer.*}). */
        SMTP
    }

    @WithDefault("log")
    Transport transport();

    /** How often each instance looks for mails to send. */
    @WithDefault("2s")
    Duration interval();

    /** Mails locked per batch; each batch is one transaction, with one write per mail. */
    @WithDefault("200")
    int batchSize();

    /**
     * How long a batch goes on sending before it commits what it sent and leaves the rest due for the next: a slow
     * SMTP server keeps a transaction open no longer than this (and one mail's own timeout).
     */
    @WithDefault("10s")
    Duration batchTime();

    /** The wait after a failed attempt before the next. */
    @WithDefault("1m")
    Duration retryAfter();

    /** Attempts before a mail is given up (kept, with its last error, for an operator). */
    @WithDefault("10")
    int maxAttempts();
}
