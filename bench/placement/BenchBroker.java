import java.nio.file.Path;
import vn.practica.devkit.KafkaBroker;
import vn.practica.events.Topics;

/**
 * A KRaft broker for the placement benchmarks, on the devkit's classpath: the service under test consumes and
 * produces as in production, though neither benchmark puts Kafka on the measured path (drafts and reads emit
 * nothing). Runs until killed.
 *
 * <p>usage: java -cp devkit/target/classes:$(cat devkit.cp) bench/placement/BenchBroker.java DIR PORT
 */
public class BenchBroker {
    public static void main(String[] args) throws InterruptedException {
        KafkaBroker broker = KafkaBroker.inDirectory(Path.of(args[0]), Integer.parseInt(args[1]));
        broker.start();
        broker.createTopics(Topics.all());
        Runtime.getRuntime().addShutdownHook(new Thread(broker::stop));
        System.out.println("broker ready on " + broker.bootstrapServers());
        Thread.currentThread().join();
    }
}
