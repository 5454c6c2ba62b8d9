package org.agreementtracker.pages;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.agreementtracker.security.LoginThrottleFilter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The login form (Spring Security checks what it posts) and the home page, which is the board. */
@Controller
@Hidden // a page, not part of the API's OpenAPI document
public class LoginPage {

    @GetMapping("/login")
    public String login() {
        return "pages/login";
    }

    /** The form again, when its user name or address has failed too often: it says how long to wait. */
    @RequestMapping(LoginThrottleFilter.THROTTLED_FORM)
    public String throttled(HttpServletRequest request, Model model) {
        model.addAttribute("waitSeconds", request.getAttribute(LoginThrottleFilter.WAIT_SECONDS));
        return "pages/login";
    }

    @GetMapping("/")
    public String home() {
        return "redirect:/board";
    }
}
