package vn.practica.placement.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Many callers of the real HTTP API at once, for the race tests: each waits at one start line, then for its own
 * (seeded) jitter, then calls. A JDK HttpClient, which is safe to share between threads.
 */
final class ConcurrentCalls {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** An answer: status and JSON body (a missing body reads as an empty object). */
    record Answer(int status, JsonNode body) {
        /** The problem type's last segment ({@code offer-full}), or empty for a success. */
        String problem() {
            String type = body.path("type").asText("");
            return type.substring(type.lastIndexOf('/') + 1);
        }
    }

    /** One call: a POST with a bearer token, {@code If-Match: *} and an optional JSON body. */
    record Call(String path, String token, Object body, long jitterMillis) {}

    private ConcurrentCalls() {}

    /** Runs every call at once on {@code pool}, each after its jitter; the answers in the calls' order. */
    static List<Answer> runTogether(ExecutorService pool, List<? extends Callable<Answer>> calls) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Answer>> futures = new ArrayList<>();
        for (Callable<Answer> call : calls) {
            futures.add(pool.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        List<Answer> answers = new ArrayList<>();
        for (Future<Answer> future : futures) {
            answers.add(future.get(120, TimeUnit.SECONDS));
        }
        return answers;
    }

    static Callable<Answer> post(Call call) {
        return () -> {
            Thread.sleep(call.jitterMillis());
            return post(call.path(), call.token(), call.body());
        };
    }

    static Answer post(String path, String token, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(RestAssured.baseURI + ":" + RestAssured.port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("If-Match", "*");
        if (body == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String text = response.body();
        return new Answer(response.statusCode(), JSON.readTree(text == null || text.isEmpty() ? "{}" : text));
    }
}
