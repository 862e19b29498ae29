package vn.practica.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Arrays;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class ValidationExceptionMapperTest {
    record Line(@NotBlank String text) {}

    record Order(List<@NotNull String> tags, List<@NotNull @Valid Line> lines) {}

    private static final Validator VALIDATOR = Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    private static List<String> fields(Object bean) {
        var violations = VALIDATOR.validate(bean);
        Problem problem = (Problem) new ValidationExceptionMapper()
                .toResponse(new ConstraintViolationException(violations))
                .getEntity();
        return problem.errors().stream().map(Problem.FieldError::field).toList();
    }

    @Test
    void listEntriesAreNamedByTheirIndexAsTheClientSentThem() {
        Order order = new Order(Arrays.asList("urgent", null), Arrays.asList(new Line("ok"), null, new Line(" ")));
        assertEquals(List.of("lines[1]", "lines[2].text", "tags[1]"), fields(order));
    }
}
