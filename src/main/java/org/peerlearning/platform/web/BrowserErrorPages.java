package org.peerlearning.platform.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * People in a browser get the friendly error page of the layout (templates/error/404.html...), not
 * the RFC 9457 problem details meant for API clients: for a page request (not under /api, accepting
 * HTML) an exception that carries a status, such as an unknown address or a record of another
 * organization, becomes that status, which the error controller renders as a page.
 */
@Component
class BrowserErrorPages implements HandlerExceptionResolver, Ordered {

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception exception) {
		if (!(exception instanceof ErrorResponse error) || !pageRequest(request) || response.isCommitted()) {
			return null;
		}
		try {
			response.sendError(error.getStatusCode().value());
			return new ModelAndView();
		}
		catch (IOException ex) {
			return null;
		}
	}

	private static boolean pageRequest(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String accept = request.getHeader("Accept");
		return !path.startsWith("/api/") && accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
	}

	@Override
	public int getOrder() {
		// Right after Spring Boot's DefaultErrorAttributes (which only records the exception) and
		// before the problem-details advice.
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}
}
