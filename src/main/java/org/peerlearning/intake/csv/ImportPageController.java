package org.peerlearning.intake.csv;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.peerlearning.identity.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' page for backfilling history from a CSV file: upload, then a progress bar
 * that htmx refreshes every second while the import runs, and the rows in error to download.
 */
@Controller
@RequestMapping("/intake/import")
class ImportPageController {

	private final ExamImports imports;

	ImportPageController(ExamImports imports) {
		this.imports = imports;
	}

	@GetMapping
	String page(Model model) {
		return page(imports.administrator(), model, null);
	}

	@PostMapping
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		Viewer viewer = imports.administrator();
		if (file == null || file.isEmpty()) {
			return page(viewer, model, "intake.import.file.required");
		}
		UUID id;
		try (InputStream content = file.getInputStream()) {
			id = imports.start(viewer, file.getOriginalFilename(), content);
		}
		redirect.addFlashAttribute("flash", "intake.import.started");
		return "redirect:/intake/import/" + id;
	}

	@GetMapping("/{id}")
	String one(@PathVariable UUID id, Model model) {
		model.addAttribute("job", imports.find(imports.administrator(), id));
		return "intake/import-job";
	}

	/** The progress fragment htmx polls; it stops asking once the import is over. */
	@GetMapping("/{id}/progress")
	String progress(@PathVariable UUID id, Model model) {
		model.addAttribute("job", imports.find(imports.administrator(), id));
		return "intake/import-progress :: progress";
	}

	@GetMapping("/{id}/errors")
	void errors(@PathVariable UUID id, HttpServletResponse response) throws IOException {
		imports.writeErrors(imports.administrator(), id, response);
	}

	private String page(Viewer viewer, Model model, String fileError) {
		model.addAttribute("jobs", imports.recent(viewer));
		model.addAttribute("columns", String.join(",", ExamRows.COLUMNS));
		model.addAttribute("fileError", fileError);
		return "intake/import";
	}
}
