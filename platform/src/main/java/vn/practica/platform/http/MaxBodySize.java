package vn.practica.platform.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives an endpoint its own body limit instead of {@code practica.http.max-body-size}, larger or smaller: the
 * value names the config property (a memory size such as {@code 10M}) that holds it. {@link BodyLimitFilter}
 * applies it the same way, to declared and to chunked bodies.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface MaxBodySize {
    /** The name of the config property holding this endpoint's limit. */
    String value();
}
