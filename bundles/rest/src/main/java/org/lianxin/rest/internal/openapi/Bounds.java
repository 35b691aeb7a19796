package org.lianxin.rest.internal.openapi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * For the OpenAPI document: the range a numeric parameter must lie in. It checks nothing: the resource refuses
 * values outside it itself (with the same constants).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Bounds {
    long min();

    long max();
}
