package se.sif.shared.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A write the database refused (a unique key hit by the same form sent twice at once, a
 * lock that could not be had) is shown on the pages as the conflict page, like a
 * concurrent edit, never as "something went wrong". The API's own handler
 * ({@link ApiExceptionHandler}) comes first for the REST controllers.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    @ExceptionHandler({ DataIntegrityViolationException.class, PessimisticLockingFailureException.class })
    ModelAndView constraintViolated(RuntimeException e) {
        log.info("Write refused by the database: {}", e.getMessage());
        ModelAndView view = new ModelAndView("error/409");
        view.setStatus(HttpStatus.CONFLICT);
        return view;
    }

}
