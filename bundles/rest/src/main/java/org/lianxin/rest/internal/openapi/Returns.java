package org.lianxin.rest.internal.openapi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** For the OpenAPI document: what a resource method that returns a {@code Response} sends on success. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Returns {
    /** The JSON body's type. */
    Class<?> value();

    /** The success status. */
    int status() default 200;
}
