package org.peerlearning.identity.admin;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.peerlearning.organization.NameTakenException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns refused administration requests into RFC 9457 problems that name the fields at fault,
 * in the caller's language. Ordered before the application-wide problem handling, and only for
 * the administration API, so that clients get the field list instead of a bare 400.
 */
@RestControllerAdvice(assignableTypes = AdministrationApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdministrationApiProblems {

	private final MessageSource messages;

	AdministrationApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalid(MethodArgumentNotValidException exception) {
		List<Map<String, String>> errors = exception.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> Map.of("field", error.getField(), "message",
					messages.getMessage(error, LocaleContextHolder.getLocale())))
			.toList();
		return problem(HttpStatus.BAD_REQUEST, "invalid", "admin.api.problem.invalid", errors);
	}

	@ExceptionHandler(NameTakenException.class)
	ProblemDetail nameTaken(NameTakenException exception) {
		String message = messages.getMessage("org.admin.error.nameTaken", null, LocaleContextHolder.getLocale());
		return problem(HttpStatus.CONFLICT, "conflict", "admin.api.problem.conflict", List.of(Map.of("field", "name", "message", message)));
	}

	@ExceptionHandler(FieldConflictException.class)
	ProblemDetail conflict(FieldConflictException exception) {
		String message = messages.getMessage(exception.messageKey(), null, LocaleContextHolder.getLocale());
		return problem(HttpStatus.CONFLICT, "conflict", "admin.api.problem.conflict",
				List.of(Map.of("field", exception.field(), "message", message)));
	}

	private ProblemDetail problem(HttpStatus status, String type, String titleKey, List<Map<String, String>> errors) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create("urn:peerlearning:problem:" + type));
		problem.setTitle(messages.getMessage("person." + titleKey, null, LocaleContextHolder.getLocale()));
		problem.setProperty("errors", errors);
		return problem;
	}
}
