package vn.practica.platform.outbox;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/** Sorts a failed send into what the relay does with the row; anything not known to be permanent is retried. */
final class SendFailures {

    enum Verdict {
        /** This record can never be written as it is (too large, invalid topic name, ...): park it. */
        PARK,
        /** A timeout or unknown topic: either the broker is unreachable or the topic is missing; ask the broker. */
        CHECK_TOPIC,
        /** The broker or the network: stop at this row and retry the batch with backoff. */
        RETRY
    }

    private SendFailures() {}

    static Verdict classify(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof RecordTooLargeException
                || cause instanceof RecordBatchTooLargeException
                || cause instanceof SerializationException
                || cause instanceof InvalidTopicException
                || cause instanceof InvalidRecordException) {
            return Verdict.PARK;
        }
        if (cause instanceof UnknownTopicOrPartitionException || cause instanceof TimeoutException) {
            return Verdict.CHECK_TOPIC;
        }
        return Verdict.RETRY;
    }

    /** The reason stored with a parked row: exception type and message, bounded for the column and logs. */
    static String describe(Throwable failure) {
        Throwable cause = unwrap(failure);
        String text = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return text.length() <= 500 ? text : text.substring(0, 500) + "...";
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof ExecutionException || cause instanceof CompletionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
