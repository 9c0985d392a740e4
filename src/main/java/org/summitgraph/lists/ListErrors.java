package org.summitgraph.lists;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;

/** A bad list parameter is the reader's mistake: a 400 page that says which parameter and what it accepts. */
@ControllerAdvice(basePackageClasses = ListErrors.class)
class ListErrors {

    @ExceptionHandler(BadParameterException.class)
    ModelAndView badParameter(BadParameterException e) {
        return new ModelAndView("lists/bad-request",
                Map.of("parameter", e.parameter(), "value", e.value()), HttpStatus.BAD_REQUEST);
    }
}
