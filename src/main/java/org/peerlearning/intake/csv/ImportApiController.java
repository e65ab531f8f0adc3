package org.peerlearning.intake.csv;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.peerlearning.identity.Viewer;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * CSV imports through the API: the body is the file ({@code text/csv}), streamed to disk, never
 * held in memory; the answer (202) names the import to follow.
 */
@RestController
@RequestMapping("/api/v1/exams/imports")
class ImportApiController {

	private final ExamImports imports;

	ImportApiController(ExamImports imports) {
		this.imports = imports;
	}

	@PostMapping(consumes = { "text/csv", "application/csv" })
	ResponseEntity<ImportJson> start(HttpServletRequest request) throws IOException {
		Viewer viewer = imports.administrator();
		UUID id = imports.start(viewer, null, request.getInputStream());
		return ResponseEntity.accepted().location(URI.create("/api/v1/exams/imports/" + id)).body(ImportJson.of(imports.find(viewer, id)));
	}

	@GetMapping
	List<ImportJson> recent() {
		Viewer viewer = imports.administrator();
		return imports.recent(viewer).stream().map(ImportJson::of).toList();
	}

	@GetMapping("/{id}")
	ImportJson one(@PathVariable UUID id) {
		return ImportJson.of(imports.find(imports.administrator(), id));
	}

	@GetMapping("/{id}/errors")
	void errors(@PathVariable UUID id, HttpServletResponse response) throws IOException {
		imports.writeErrors(imports.administrator(), id, response);
	}
}
