package org.jixiao.rules;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test method as a case of a registry rule: {@code passes = true} for a report the rule must
 * accept, {@code false} for one it must flag. The rule-coverage test fails the build when a rule in the
 * registry lacks either case.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(RuleCases.class)
public @interface RuleCase {

    String rule();

    boolean passes();
}
