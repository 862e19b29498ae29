package vn.practica.devkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Apache Kafka broker in KRaft mode (broker and controller in one), run inside the
 * calling JVM from Apache Kafka's own jars. Its data lives in a folder, so a restart keeps the events.
 */
public final class KafkaBroker implements AutoCloseable {
    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private final int partitions;
    private KafkaRaftServer server;

    private KafkaBroker(Path dataDir, int port, int controllerPort, int partitions) {
        this.dataDir = dataDir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.partitions = partitions;
    }

    /** A broker keeping its data in {@code dataDir}; a port of 0 picks a free one; topics get three partitions. */
    public static KafkaBroker inDirectory(Path dataDir, int port) {
        return inDirectory(dataDir, port, PracticaStack.Options.DEFAULT_PARTITIONS);
    }

    /** As {@link #inDirectory(Path, int)}, the topics it creates getting {@code partitions} partitions each. */
    public static KafkaBroker inDirectory(Path dataDir, int port, int partitions) {
        return new KafkaBroker(dataDir, FreePorts.orFree(port), FreePorts.free(), partitions);
    }

    public int partitions() {
        return partitions;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** Formats the storage on first use, then starts broker and controller; returns once listening. */
    public synchronized KafkaBroker start() {
        if (server != null) {
            return this;
        }
        Path config = writeConfig();
        formatIfNew(config);
        server = new KafkaRaftServer(KafkaConfig.fromProps(properties()), Time.SYSTEM);
        server.startup();
        return this;
    }

    /** Stops the broker cleanly; the data folder stays, so {@link #start()} resumes with every event. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    public synchronized boolean running() {
        return server != null;
    }

    /**
     * Creates the topics that do not exist yet, with {@link #partitions()} partitions each; a topic that exists
     * keeps its count (adding partitions would move some aggregates' keys to other partitions mid-stream).
     */
    public void createTopics(String... topics) {
        List<NewTopic> wanted = new ArrayList<>();
        for (String topic : topics) {
            wanted.add(new NewTopic(topic, partitions, (short) 1));
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            for (var result : admin.createTopics(wanted).values().values()) {
                awaitTopic(result);
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static void awaitTopic(org.apache.kafka.common.KafkaFuture<Void> result) {
        try {
            result.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Could not create topic", e.getCause());
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not create topic", e);
        }
    }

    private Properties properties() {
        String controller = "127.0.0.1:" + controllerPort;
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@" + controller);
        p.put("listeners", "PLAINTEXT://" + bootstrapServers() + ",CONTROLLER://" + controller);
        p.put("advertised.listeners", "PLAINTEXT://" + bootstrapServers());
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", dataDir.resolve("logs").toString());
        p.put("num.partitions", String.valueOf(partitions));
        p.put("auto.create.topics.enable", "false");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("offsets.topic.num.partitions", "5");
        singleNodeReplication(p);
        return p;
    }

    /** Every internal topic must accept one replica, or a single node never becomes usable. */
    private static void singleNodeReplication(Properties p) {
        for (String topic : List.of("offsets.topic", "transaction.state.log", "share.coordinator.state.topic")) {
            p.put(topic + ".replication.factor", "1");
        }
        for (String topic : List.of("transaction.state.log", "share.coordinator.state.topic")) {
            p.put(topic + ".min.isr", "1");
        }
    }

    private Path writeConfig() {
        try {
            Files.createDirectories(dataDir);
            Path file = dataDir.resolve("server.properties");
            try (OutputStream out = Files.newOutputStream(file)) {
                properties().store(out, "Practica dev broker");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void formatIfNew(Path config) {
        if (Files.exists(dataDir.resolve("logs").resolve("meta.properties"))) {
            return;
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        String[] args = {"format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()};
        int code = StorageTool.execute(args, new PrintStream(output, true, StandardCharsets.UTF_8));
        if (code != 0) {
            throw new IllegalStateException("Kafka storage format failed: " + output.toString(StandardCharsets.UTF_8));
        }
    }
}
