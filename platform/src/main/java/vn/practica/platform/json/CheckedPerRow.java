package vn.practica.platform.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a row type of a bulk request whose rows are judged one by one: its text is read as sent, and the
 * feature's row rules reject a row with control characters, instead of the whole request failing at parsing.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface CheckedPerRow {}
