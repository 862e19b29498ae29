package vn.practica.testkit.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.practica.platform.problem.ProblemType;

/** Every {@link ProblemType} a module declares is listed in docs/problems.md, so clients can rely on the list. */
public final class ProblemTypes {
    private ProblemTypes() {}

    /** Fails naming each declared type whose {@code `slug`} is not in {@code docs}. */
    public static void assertDocumented(String rootPackage, Path docs) {
        String listed = read(docs);
        List<String> missing = new ArrayList<>();
        for (ProblemType type : declaredIn(rootPackage)) {
            if (!listed.contains("`" + type.slug() + "`")) {
                missing.add(type.slug());
            }
        }
        assertEquals(List.of(), missing, "problem types missing from " + docs);
    }

    /** The problem type constants of the module's main classes. */
    public static List<ProblemType> declaredIn(String rootPackage) {
        List<ProblemType> types = new ArrayList<>();
        var classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);
        for (JavaClass type : classes) {
            for (Field field : type.reflect().getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == ProblemType.class) {
                    types.add(value(field));
                }
            }
        }
        return types;
    }

    private static ProblemType value(Field field) {
        try {
            field.setAccessible(true);
            return (ProblemType) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path docs) {
        try {
            return Files.readString(docs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
