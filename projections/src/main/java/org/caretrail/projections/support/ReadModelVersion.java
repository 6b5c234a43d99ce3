package org.caretrail.projections.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The version of what a projection stores. Raise it in the same change that alters the shape or the meaning of the
 * projection's documents (a new field queries rely on, a rule that judges differently): the first start of the new
 * code on an existing database then rebuilds that read model from the event store once, by itself, instead of an
 * operator having to remember a reset (decision 0030). A read model stored before versions were recorded counts as
 * version 1.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ReadModelVersion {

    int value();
}
