package org.caretrail.web.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.caretrail.web.query.NotFoundException;
import org.caretrail.web.query.ProjectionsBehindException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** A page that cannot be shown says why, as a page: the API's problem+json is for programs. */
@ControllerAdvice(basePackageClasses = DashboardErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DashboardErrors {

    private final DashboardModel frame;

    DashboardErrors(DashboardModel frame) {
        this.frame = frame;
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        return problem(request, response, model, HttpServletResponse.SC_NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String badValue(MethodArgumentTypeMismatchException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        return problem(request, response, model, HttpServletResponse.SC_BAD_REQUEST, "That value does not fit",
                "'" + e.getValue() + "' is not a valid " + e.getName() + ".");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    String missing(MissingServletRequestParameterException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        return problem(request, response, model, HttpServletResponse.SC_BAD_REQUEST, "Something is missing",
                "Please give " + e.getParameterName() + ".");
    }

    @ExceptionHandler(ProjectionsBehindException.class)
    String behind(ProjectionsBehindException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader("Retry-After", "5");
        return problem(request, response, model, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Not caught up yet",
                "The figures are still being brought up to date. Reload in a few seconds.");
    }

    private String problem(HttpServletRequest request, HttpServletResponse response, Model model, int status, String title, String detail) {
        response.setStatus(status);
        frame.frame(model, request);
        model.addAttribute("status", status);
        model.addAttribute("title", title);
        model.addAttribute("detail", detail);
        return "problem";
    }
}
