package org.agreementtracker.body;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.agreementtracker.api.body.Body;
import org.agreementtracker.api.body.BodyRegister;
import org.agreementtracker.security.Authorized;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/bodies")
@Tag(name = "Bodies", description = "The register of ministries and agencies of both countries")
public class BodiesController {

    private final BodyRegister register;

    public BodiesController(BodyRegister register) {
        this.register = register;
    }

    @GetMapping
    @PreAuthorize(Authorized.ANY_USER)
    @Operation(summary = "Every body of the register: the reference bodies and those from tracker.bodies")
    public List<Body> bodies() {
        return register.all();
    }
}
