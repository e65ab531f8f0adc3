package org.peerlearning.intake.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.peerlearning.identity.CurrentViewer;
import org.peerlearning.identity.Viewer;
import org.peerlearning.intake.csv.ImportJobs.Job;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** What the import page and the import API share: who may, starting, finding, and the errors file. */
@Component
class ExamImports {

	private final CurrentViewer currentViewer;

	private final ImportJobs jobs;

	private final ExamImporter importer;

	ExamImports(CurrentViewer currentViewer, ImportJobs jobs, ExamImporter importer) {
		this.currentViewer = currentViewer;
		this.jobs = jobs;
		this.importer = importer;
	}

	/** Imports are for the organization's administrators. */
	Viewer administrator() {
		Viewer viewer = currentViewer.get();
		viewer.requireOrganization();
		viewer.requireAdministration();
		return viewer;
	}

	UUID start(Viewer viewer, String fileName, InputStream content) {
		try {
			return importer.submit(viewer, fileName, content);
		}
		catch (IOException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "the file could not be read");
		}
	}

	Job find(Viewer viewer, UUID id) {
		return jobs.find(viewer.organizationId(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	List<Job> recent(Viewer viewer) {
		return jobs.recent(viewer.organizationId(), 20);
	}

	void writeErrors(Viewer viewer, UUID id, HttpServletResponse response) throws IOException {
		Job job = find(viewer, id);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"import-" + job.id() + "-errors.csv\"");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		jobs.writeErrors(viewer.organizationId(), job.id(), out);
		out.flush();
	}
}
