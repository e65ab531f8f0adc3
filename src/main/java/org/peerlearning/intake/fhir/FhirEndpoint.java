package org.peerlearning.intake.fhir;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.RestfulServer;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

/**
 * HAPI FHIR's plain server, run behind Spring MVC rather than as a servlet of its own: the
 * requests then pass through the same security (API tokens), the same filters and the same test
 * tooling as the rest of the API. HAPI works out the FHIR path from the servlet path, so each
 * request is presented to it as if {@code /fhir} were its servlet's mapping.
 */
@Component
class FhirEndpoint {

	static final String BASE = "/fhir";

	private final RestfulServer server;

	private volatile boolean started;

	FhirEndpoint(DiagnosticReportProvider reports, TransactionProvider transactions) {
		server = new RestfulServer(FhirContext.forR4Cached());
		server.setResourceProviders(reports);
		server.registerProvider(transactions);
		server.setDefaultResponseEncoding(EncodingEnum.JSON);
		server.setServerName("Peer Learning exam intake");
		server.setImplementationDescription("Radiology reports for peer learning: DiagnosticReport create, read and search");
	}

	void serve(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
		start(request.getServletContext());
		server.service(new AsMappedAtBase(request), response);
	}

	/** HAPI needs a servlet context to start; the application's is known with the first request. */
	private void start(ServletContext context) throws ServletException {
		if (started) {
			return;
		}
		synchronized (this) {
			if (!started) {
				server.init(new Config(context));
				started = true;
			}
		}
	}

	private record Config(ServletContext context) implements ServletConfig {

		@Override
		public String getServletName() {
			return "fhir";
		}

		@Override
		public ServletContext getServletContext() {
			return context;
		}

		@Override
		public String getInitParameter(String name) {
			return null;
		}

		@Override
		public Enumeration<String> getInitParameterNames() {
			return Collections.emptyEnumeration();
		}
	}

	/** The request as HAPI expects it from a servlet mapped at {@code /fhir/*}. */
	private static final class AsMappedAtBase extends HttpServletRequestWrapper {

		private final String pathInfo;

		AsMappedAtBase(HttpServletRequest request) {
			super(request);
			String path = request.getRequestURI().substring(request.getContextPath().length());
			String rest = path.length() > BASE.length() ? path.substring(BASE.length()) : "";
			this.pathInfo = rest.isEmpty() ? null : rest;
		}

		@Override
		public String getServletPath() {
			return BASE;
		}

		@Override
		public String getPathInfo() {
			return pathInfo;
		}
	}
}
