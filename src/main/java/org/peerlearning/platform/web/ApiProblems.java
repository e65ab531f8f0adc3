package org.peerlearning.platform.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every failure of an API controller as an RFC 9457 problem ({@code application/problem+json}):
 * Spring MVC's own failures through {@link ResponseEntityExceptionHandler}, plus refusals (403),
 * conflicts (409) and anything unexpected (500, logged, told nothing about the cause). Pages are
 * not concerned: their controllers are plain {@code @Controller}s and keep their error pages.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
		setMessageSource(messages);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> forbidden(AccessDeniedException denied) {
		return problem(HttpStatus.FORBIDDEN, "platform.problem.forbidden");
	}

	@ExceptionHandler({ DuplicateKeyException.class, OptimisticLockingFailureException.class })
	ResponseEntity<ProblemDetail> conflict(RuntimeException conflict) {
		return problem(HttpStatus.CONFLICT, "platform.problem.conflict");
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception failure, HttpServletRequest request) {
		log.error("Unexpected failure answering {} {}", request.getMethod(), request.getRequestURI(), failure);
		ResponseEntity<ProblemDetail> answer = problem(HttpStatus.INTERNAL_SERVER_ERROR, "platform.problem.internal");
		answer.getBody().setTitle(text("platform.problem.internal.title", "Internal Server Error"));
		return answer;
	}

	/** Lists each rejected field with a message in the caller's language, in an {@code errors} member. */
	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ProblemDetail body = invalid.getBody();
		body.setDetail(text("platform.problem.validation", "The request has invalid fields."));
		body.setProperty("errors", fieldErrors(invalid.getBindingResult()));
		return handleExceptionInternal(invalid, body, headers, status, request);
	}

	private List<Map<String, String>> fieldErrors(BindingResult result) {
		Locale locale = LocaleContextHolder.getLocale();
		return result.getFieldErrors()
			.stream()
			.map((FieldError error) -> Map.of("field", error.getField(), "message", messages.getMessage(error, locale)))
			.toList();
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String detailKey) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(detailKey, status.getReasonPhrase()));
		return ResponseEntity.status(status).body(problem);
	}

	private String text(String key, String fallback) {
		return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
	}

	/**
	 * Requests that reach no controller at all (an unknown path, a method or media type no
	 * controller takes) have no controller for the advice above to apply to. Under the API they are
	 * answered as problems here; anywhere else the exception goes on to the usual error pages.
	 */
	@RestControllerAdvice
	@Order(Ordered.LOWEST_PRECEDENCE)
	static class UnmatchedApiRequests {

		private final MessageSource messages;

		UnmatchedApiRequests(MessageSource messages) {
			this.messages = messages;
		}

		@ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class, HttpRequestMethodNotSupportedException.class,
				HttpMediaTypeNotSupportedException.class, HttpMediaTypeNotAcceptableException.class })
		ResponseEntity<ProblemDetail> unmatched(Exception unmatched, HttpServletRequest request) throws Exception {
			if (!ApiPaths.matches(request) || !(unmatched instanceof ErrorResponse error)) {
				// Rethrowing the same exception lets Spring MVC's default resolution (error pages) proceed.
				throw unmatched;
			}
			ProblemDetail body = error.updateAndGetBody(messages, LocaleContextHolder.getLocale());
			if (unmatched instanceof NoResourceFoundException || unmatched instanceof NoHandlerFoundException) {
				// Spring's detail names the static resource it looked for; an API caller needs only "not found".
				body.setDetail(messages.getMessage("platform.problem.notFound", null, "Not found", LocaleContextHolder.getLocale()));
			}
			return ResponseEntity.status(error.getStatusCode()).headers(error.getHeaders()).body(body);
		}
	}
}
