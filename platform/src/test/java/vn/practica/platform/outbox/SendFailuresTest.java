package vn.practica.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutionException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.junit.jupiter.api.Test;
import vn.practica.platform.outbox.SendFailures.Verdict;

class SendFailuresTest {

    @Test
    void parksWhatNoRetryCanFix() {
        assertEquals(Verdict.PARK, SendFailures.classify(new RecordTooLargeException("2 MB")));
        assertEquals(Verdict.PARK, SendFailures.classify(new SerializationException("bad key")));
        assertEquals(Verdict.PARK, SendFailures.classify(new InvalidTopicException("bad name")));
    }

    @Test
    void asksTheBrokerWhetherATimeoutOrUnknownTopicMeansTheTopicIsMissing() {
        assertEquals(Verdict.CHECK_TOPIC, SendFailures.classify(new TimeoutException("no metadata")));
        assertEquals(Verdict.CHECK_TOPIC, SendFailures.classify(new UnknownTopicOrPartitionException("gone")));
    }

    @Test
    void retriesBrokerAndNetworkTroubleAndAnythingUnknown() {
        assertEquals(Verdict.RETRY, SendFailures.classify(new NotEnoughReplicasException("isr")));
        assertEquals(Verdict.RETRY, SendFailures.classify(new NotLeaderOrFollowerException("moved")));
        assertEquals(Verdict.RETRY, SendFailures.classify(new NetworkException("reset")));
        assertEquals(Verdict.RETRY, SendFailures.classify(new TopicAuthorizationException("acl")));
        assertEquals(Verdict.RETRY, SendFailures.classify(new KafkaException("producer closed")));
        assertEquals(Verdict.RETRY, SendFailures.classify(new IllegalStateException("unexpected")));
    }

    @Test
    void looksThroughTheFutureThatCarriedTheFailure() {
        assertEquals(
                Verdict.PARK, SendFailures.classify(new ExecutionException(new RecordTooLargeException("too large"))));
    }

    @Test
    void keepsTheReasonShortEnoughForLogsAndTheTable() {
        String reason = SendFailures.describe(new RecordTooLargeException("x".repeat(2_000)));
        assertTrue(reason.startsWith("RecordTooLargeException: xxx"), reason);
        assertTrue(reason.length() <= 503, "length " + reason.length());
    }
}
