package org.casebook.analysis;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A lint's metadata, declared on the lint class itself. The registry finds every class in
 * {@code org.casebook.analysis.lints} that carries it; nothing lists lints by hand.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface LintSpec {

    /** zlint's name where the check is the same check; otherwise a name in zlint's style. */
    String code();

    /** What the lint checks, in our words. */
    String description();

    /** The rule's text reference, e.g. "BRs: 7.1.3". */
    String citation();

    LintSource source();

    /** ISO date from which certificates (by notBefore) are held to the rule; empty for always. */
    String effective() default "";

    /** ISO date from which the rule no longer applies (by notBefore); empty for never. */
    String ineffective() default "";
}
