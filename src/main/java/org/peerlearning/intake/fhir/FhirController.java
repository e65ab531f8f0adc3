package org.peerlearning.intake.fhir;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Hands every request under {@code /fhir} to the FHIR server, which answers it entirely. */
@Controller
class FhirController {

	private final FhirEndpoint endpoint;

	FhirController(FhirEndpoint endpoint) {
		this.endpoint = endpoint;
	}

	@RequestMapping({ FhirEndpoint.BASE, FhirEndpoint.BASE + "/**" })
	void serve(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
		endpoint.serve(request, response);
	}
}
