package se.sif.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The accessibility statement; the start page itself is the inbox module's. */
@Controller
class HomeController {

    @GetMapping("/accessibility")
    String accessibility() {
        return "accessibility";
    }

}
