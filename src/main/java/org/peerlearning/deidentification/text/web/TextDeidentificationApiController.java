package org.peerlearning.deidentification.text.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.peerlearning.deidentification.KnownIdentifiers;
import org.peerlearning.deidentification.PhiFinding;
import org.peerlearning.deidentification.TextDeidentificationMode;
import org.peerlearning.deidentification.TextDeidentificationResult;
import org.peerlearning.deidentification.TextDeidentifier;
import org.peerlearning.deidentification.web.DeidentificationProblems;
import org.peerlearning.identity.CurrentViewer;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** De-identifies a piece of report text for an authenticated caller; nothing is stored or logged. */
@RestController
class TextDeidentificationApiController {

    /** Texts above one mebibyte (UTF-8) are refused: reports are a few kilobytes. */
    static final int MAX_BYTES = 1024 * 1024;

    private final TextDeidentifier deidentifier;
    private final CurrentViewer currentViewer;
    private final DeidentificationProblems problems;

    TextDeidentificationApiController(TextDeidentifier deidentifier, CurrentViewer currentViewer, MessageSource messages) {
        this.deidentifier = deidentifier;
        this.currentViewer = currentViewer;
        this.problems = new DeidentificationProblems(messages);
    }

    record TextRequest(String text, TextDeidentificationMode mode) {
    }

    record Finding(int start, int end, String category) {

        static Finding of(PhiFinding finding) {
            return new Finding(finding.start(), finding.end(), finding.category().name());
        }
    }

    record TextResponse(String text, List<Finding> findings) {
    }

    @PostMapping(path = "/api/v1/deidentify/text", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    TextResponse deidentify(@RequestBody(required = false) TextRequest request) {
        // Any member of an organization may de-identify; a signed-in person without one may not.
        currentViewer.get().requireOrganization();
        if (request == null || request.text() == null || request.text().isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "textRequired");
        }
        if (tooLarge(request.text())) {
            throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, "textTooLarge");
        }
        TextDeidentificationMode mode = request.mode() == null ? TextDeidentificationMode.TAGS : request.mode();
        TextDeidentificationResult result = deidentifier.deidentify(request.text(), KnownIdentifiers.none(), mode);
        return new TextResponse(result.text(), result.findings().stream().map(Finding::of).toList());
    }

    static boolean tooLarge(String text) {
        // A char is at most 3 UTF-8 bytes, so most texts are settled without encoding them.
        return text.length() > MAX_BYTES || text.length() * 3L > MAX_BYTES
                && text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }

    @ExceptionHandler(ResponseStatusException.class)
    ProblemDetail refused(ResponseStatusException e) {
        // The reason is the name of the problem's message keys.
        return problems.problem(e.getStatusCode(), e.getReason());
    }

    /** Malformed JSON or an unknown mode: the body, not the server, is at fault. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return problems.problem(HttpStatus.BAD_REQUEST, "unreadableText");
    }
}
