package vn.practica.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;
import vn.practica.platform.text.ControlCharacters;

/**
 * Every JSON string of a request body: text with control characters is refused where it is read, naming the
 * property ({@code courses[3].title}), so it never reaches the database (PostgreSQL refuses NUL). Rows of a
 * {@link CheckedPerRow} type are read as sent, for their row rules to judge.
 */
final class PlainTextDeserializer extends StdScalarDeserializer<String> implements ContextualDeserializer {
    private final boolean checked;

    PlainTextDeserializer() {
        this(true);
    }

    private PlainTextDeserializer(boolean checked) {
        super(String.class);
        this.checked = checked;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        boolean perRow = property != null
                && property.getMember() != null
                && property.getMember().getDeclaringClass().isAnnotationPresent(CheckedPerRow.class);
        return perRow ? new PlainTextDeserializer(false) : this;
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = StringDeserializer.instance.deserialize(parser, context);
        if (checked && ControlCharacters.in(value)) {
            throw new RejectedTextException(parser, value);
        }
        return value;
    }
}
