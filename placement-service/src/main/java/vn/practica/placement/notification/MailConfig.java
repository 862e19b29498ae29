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

    /** Mails claimed per round. */
    @WithDefault("50")
    int batchSize();

    /**
     * How long a claimed mail is left to its sender before another round may take it again (a sender that died
     * mid-round); also the wait after a failed attempt.
     */
    @WithDefault("1m")
    Duration retryAfter();

    /** Attempts before a mail is given up (kept, with its last error, for an operator). */
    @WithDefault("10")
    int maxAttempts();
}
