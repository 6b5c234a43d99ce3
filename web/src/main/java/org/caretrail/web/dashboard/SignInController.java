package org.caretrail.web.dashboard;

import org.caretrail.web.accesslog.NoPatientData;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The sign-in form, the start page with the person's pages, and the page shown when a role may not read one. */
@Controller
@NoPatientData // the sign-in form, the list of pages, the refusal
class SignInController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home() {
        return "home";
    }

    /** Any method: a refused form post (a missing CSRF token) is forwarded here as a POST. */
    @RequestMapping("/refused")
    String refused(jakarta.servlet.http.HttpServletResponse response) {
        response.setStatus(403);
        return "refused";
    }
}
