package org.casebook.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A partial ISO date as issues and statements store them: 2015, 2015-03 or 2015-03-05; null is allowed. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PartialDate.Validator.class)
public @interface PartialDate {

    String message() default "must be a date like 2015, 2015-03 or 2015-03-05, " + DateRange.DESCRIPTION;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PartialDate, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return PartialDates.isValid(value);
        }
    }
}
