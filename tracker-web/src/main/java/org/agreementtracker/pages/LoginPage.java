package org.agreementtracker.pages;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login form (Spring Security checks what it posts) and the home page, which is the board. */
@Controller
@Hidden // a page, not part of the API's OpenAPI document
public class LoginPage {

    @GetMapping("/login")
    public String login() {
        return "pages/login";
    }

    @GetMapping("/")
    public String home() {
        return "redirect:/board";
    }
}
