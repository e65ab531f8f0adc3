package org.peerlearning.identity.admin.program;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.peerlearning.organization.InvalidProgramSettingException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused program setting as an RFC 9457 problem naming the field, in the caller's language. */
@RestControllerAdvice(assignableTypes = ProgramApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProgramApiProblems {

	private final MessageSource messages;

	ProgramApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidProgramSettingException.class)
	ProblemDetail invalid(InvalidProgramSettingException exception) {
		String message = messages.getMessage(exception.messageKey(), null, exception.messageKey(), LocaleContextHolder.getLocale());
		return problem(List.of(Map.of("field", exception.field(), "message", message)));
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalid(MethodArgumentNotValidException exception) {
		return problem(exception.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> Map.of("field", error.getField(), "message", messages.getMessage(error, LocaleContextHolder.getLocale())))
			.toList());
	}

	private ProblemDetail problem(List<Map<String, String>> errors) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setType(URI.create("urn:peerlearning:problem:invalid"));
		problem.setTitle(messages.getMessage("org.program.api.invalid", null, LocaleContextHolder.getLocale()));
		problem.setProperty("errors", errors);
		return problem;
	}
}
