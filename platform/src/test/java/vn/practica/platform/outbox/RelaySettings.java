package vn.practica.platform.outbox;

import java.time.Duration;

/** Outbox settings for a relay a test starts itself, beside the app's (disabled) one. */
record RelaySettings(Duration pollInterval) implements OutboxConfig, OutboxConfig.Relay {

    @Override
    public String source() {
        return "/practica/platform-test";
    }

    @Override
    public Relay relay() {
        return this;
    }

    @Override
    public Metrics metrics() {
        return () -> Duration.ofSeconds(5);
    }

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public Duration maxBackoff() {
        return Duration.ofMillis(300);
    }

    @Override
    public int batchSize() {
        return 500;
    }

    @Override
    public Duration sendTimeout() {
        return Duration.ofSeconds(2);
    }

    @Override
    public Duration missingTopicGrace() {
        return Duration.ZERO;
    }

    @Override
    public Duration retention() {
        return Duration.ofDays(7);
    }
}
