package vn.practica.platform.ratelimit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts an endpoint (or every endpoint of a resource class) in another route group than its HTTP method gives
 * it, e.g. {@code @RateLimited(RateLimitGroup.BULK)} on an import that writes thousands of rows per request.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RateLimited {
    RateLimitGroup value();
}
