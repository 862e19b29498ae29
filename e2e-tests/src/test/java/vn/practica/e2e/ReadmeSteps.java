package vn.practica.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shell blocks of one README section, run as a reader would paste them: bash in the repository root, with
 * the variables {@code .practica/dev-tokens.env} would give. {@code source} lines are left out, since the
 * caller passes those variables itself.
 */
final class ReadmeSteps {
    private static final Pattern BASH_BLOCK = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL);
    private static final Duration STEP_TIMEOUT = Duration.ofSeconds(60);

    private final Path root;
    private final List<String> blocks;
    private final Map<String, String> variables;

    private ReadmeSteps(Path root, List<String> blocks, Map<String, String> variables) {
        this.root = root;
        this.blocks = blocks;
        this.variables = variables;
    }

    /** The blocks of the section headed {@code ## heading} in {@code root/README.md}, in order. */
    static ReadmeSteps of(Path root, String heading, Map<String, String> variables) throws IOException {
        String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("\n## " + heading + "\n");
        if (start < 0) {
            throw new IllegalStateException("README.md has no section '## " + heading + "'");
        }
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        List<String> blocks = new ArrayList<>();
        Matcher block = BASH_BLOCK.matcher(section);
        while (block.find()) {
            blocks.add(block.group(1));
        }
        return new ReadmeSteps(root, List.copyOf(blocks), Map.copyOf(variables));
    }

    int count() {
        return blocks.size();
    }

    String block(int index) {
        return blocks.get(index);
    }

    /** Runs block {@code index} once and returns what it printed on standard output. */
    String run(int index) throws IOException, InterruptedException {
        String script = blocks.get(index)
                .lines()
                .filter(line -> !line.startsWith("source "))
                .reduce("set -euo pipefail", (all, line) -> all + "\n" + line);
        Path output = Files.createTempFile("readme-step-", ".out");
        Path errors = Files.createTempFile("readme-step-", ".err");
        try {
            ProcessBuilder bash = new ProcessBuilder("bash", "-c", script)
                    .directory(root.toFile())
                    .redirectOutput(output.toFile())
                    .redirectError(errors.toFile());
            bash.environment().putAll(variables);
            Process process = bash.start();
            if (!process.waitFor(STEP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("README step " + index + " did not finish:\n" + blocks.get(index));
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("README step " + index + " exited with " + process.exitValue() + ":\n"
                        + blocks.get(index) + "\n" + Files.readString(errors));
            }
            return Files.readString(output, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(output);
            Files.deleteIfExists(errors);
        }
    }
}
