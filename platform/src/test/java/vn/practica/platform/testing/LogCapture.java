package vn.practica.platform.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Collects what one class logs, so a test can check that a skipped record was reported, or which MDC entries
 * (trace id, organization, event) a line carried.
 */
public final class LogCapture extends Handler implements AutoCloseable {
    private final Logger logger;
    private final List<ExtLogRecord> records = new CopyOnWriteArrayList<>();

    private LogCapture(Logger logger) {
        this.logger = logger;
    }

    public static LogCapture of(Class<?> type) {
        LogCapture capture = new LogCapture(Logger.getLogger(type.getName()));
        capture.logger.addHandler(capture);
        return capture;
    }

    /** The formatted messages logged at ERROR. */
    public List<String> errors() {
        return records.stream()
                .filter(record -> record.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(ExtLogRecord::getFormattedMessage)
                .toList();
    }

    /** Every record, with its MDC as it was when the line was logged. */
    public List<ExtLogRecord> records() {
        return List.copyOf(records);
    }

    @Override
    public void publish(LogRecord record) {
        ExtLogRecord ext = ExtLogRecord.wrap(record);
        // The MDC and message belong to the logging thread; copy them before that thread moves on.
        ext.copyAll();
        records.add(ext);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
