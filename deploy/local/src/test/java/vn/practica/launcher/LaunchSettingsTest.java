package vn.practica.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchSettingsTest {
    @Test
    void oneInstanceUnlessAskedAndAtMostNine() throws LaunchFailure {
        assertEquals(1, LaunchSettings.instancesFrom());
        assertEquals(2, LaunchSettings.instancesFrom("--instances", "2"));
        assertEquals(9, LaunchSettings.instancesFrom("--instances", "9"));
        for (String[] wrong : List.of(
                new String[] {"--instances", "0"},
                new String[] {"--instances", "10"},
                new String[] {"--instances", "two"},
                new String[] {"--instances"},
                new String[] {"--replicas", "2"})) {
            LaunchFailure failure = assertThrows(LaunchFailure.class, () -> LaunchSettings.instancesFrom(wrong));
            assertEquals(LaunchFailure.SETUP, failure.exitCode());
            assertTrue(failure.getMessage().contains("--instances"), failure.getMessage());
        }
    }

    @Test
    void threePartitionsUnlessConfigured() throws LaunchFailure {
        assertEquals(3, LaunchSettings.partitionsFrom(null));
        assertEquals(3, LaunchSettings.partitionsFrom(" "));
        assertEquals(12, LaunchSettings.partitionsFrom("12"));
        LaunchFailure failure = assertThrows(LaunchFailure.class, () -> LaunchSettings.partitionsFrom("0"));
        assertTrue(failure.getMessage().contains("PRACTICA_KAFKA_PARTITIONS"), failure.getMessage());
    }

    @Test
    void laterInstancesListenTenPortsApartAndFreePortsStayFree() {
        var settings = new LaunchSettings(
                Path.of("/r"),
                9092,
                Map.of("catalog", 8081, "placement", 0, "reporting", 8083),
                "",
                false,
                false,
                3,
                3);
        assertEquals(List.of(8081, 8091, 8101), settings.portsOf("catalog"));
        assertEquals(List.of(0, 0, 0), settings.portsOf("placement"));
        assertEquals(3, settings.options().instances());
    }
}
