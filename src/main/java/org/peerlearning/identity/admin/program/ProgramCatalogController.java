package org.peerlearning.identity.admin.program;

import java.util.UUID;

import jakarta.validation.Valid;
import org.peerlearning.identity.Viewer;
import org.peerlearning.identity.admin.program.ProgramForms.CategoryForm;
import org.peerlearning.identity.admin.program.ProgramForms.FieldForm;
import org.peerlearning.identity.admin.program.ProgramForms.ScaleForm;
import org.peerlearning.organization.CategoryGroup;
import org.peerlearning.organization.CustomFieldDefinition;
import org.peerlearning.organization.CustomFieldTarget;
import org.peerlearning.organization.CustomFieldType;
import org.peerlearning.organization.DiscrepancyCategory;
import org.peerlearning.organization.ReviewProgramAdministration;
import org.peerlearning.organization.ReviewScale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/** What reviewers score with: scales, the discrepancy taxonomy and custom fields. */
@Controller
@RequestMapping("/admin/program")
class ProgramCatalogController {

	private final ProgramAccess access;

	private final ReviewProgramAdministration program;

	ProgramCatalogController(ProgramAccess access, ReviewProgramAdministration program) {
		this.access = access;
		this.program = program;
	}

	@GetMapping("/scales")
	String scales(Model model) {
		model.addAttribute("scaleForm", ScaleForm.empty());
		return scalesPage(access.require(), model);
	}

	@PostMapping("/scales")
	String addScale(@Valid @ModelAttribute("scaleForm") ScaleForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Viewer viewer = access.require();
		String saved = ProgramForms.save(result, redirect, "org.program.scale.added", "/admin/program/scales",
				() -> program.addScale(viewer.organizationId(),
						new ReviewScale(null, form.code(), form.nameEn(), form.nameFr(), form.filledLevels(), false, null),
						viewer.personId().value()));
		if (saved != null) {
			return saved;
		}
		return scalesPage(viewer, model);
	}

	@GetMapping("/taxonomy")
	String taxonomy(Model model) {
		model.addAttribute("categoryForm", CategoryForm.empty());
		return taxonomyPage(access.require(), model);
	}

	@PostMapping("/taxonomy")
	String addCategory(@Valid @ModelAttribute("categoryForm") CategoryForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Viewer viewer = access.require();
		String saved = ProgramForms.save(result, redirect, "org.program.category.added", "/admin/program/taxonomy",
				() -> program.addCategory(viewer.organizationId(),
						new DiscrepancyCategory(null, form.code(), form.labelEn(), form.labelFr(), form.group(), 0, null),
						viewer.personId().value()));
		if (saved != null) {
			return saved;
		}
		return taxonomyPage(viewer, model);
	}

	@GetMapping("/taxonomy/{id}")
	String category(@PathVariable UUID id, Model model) {
		Viewer viewer = access.require();
		DiscrepancyCategory category = category(viewer, id);
		model.addAttribute("categoryForm", CategoryForm.of(category));
		return categoryPage(category, model);
	}

	@PostMapping("/taxonomy/{id}")
	String updateCategory(@PathVariable UUID id, @Valid @ModelAttribute("categoryForm") CategoryForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Viewer viewer = access.require();
		DiscrepancyCategory category = category(viewer, id);
		String saved = ProgramForms.save(result, redirect, "org.program.category.updated", "/admin/program/taxonomy",
				() -> program.updateCategory(viewer.organizationId(), id, form.labelEn(), form.labelFr(), form.group(),
						viewer.personId().value()));
		if (saved != null) {
			return saved;
		}
		return categoryPage(category, model);
	}

	@GetMapping("/fields")
	String fields(Model model) {
		model.addAttribute("fieldForm", FieldForm.empty());
		return fieldsPage(access.require(), model);
	}

	@PostMapping("/fields")
	String addField(@Valid @ModelAttribute("fieldForm") FieldForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Viewer viewer = access.require();
		String saved = ProgramForms.save(result, redirect, "org.program.field.added", "/admin/program/fields",
				() -> program.addCustomField(viewer.organizationId(), new CustomFieldDefinition(null, form.code(), form.appliesTo(),
						form.type(), form.labelEn(), form.labelFr(), ProgramForms.yes(form.required()), 0, form.choiceOptions(), null),
						viewer.personId().value()));
		if (saved != null) {
			return saved;
		}
		return fieldsPage(viewer, model);
	}

	private String scalesPage(Viewer viewer, Model model) {
		model.addAttribute("settings", program.settings(viewer.organizationId()));
		return "organization/program/scales";
	}

	private String taxonomyPage(Viewer viewer, Model model) {
		model.addAttribute("settings", program.settings(viewer.organizationId()));
		model.addAttribute("groups", CategoryGroup.values());
		return "organization/program/taxonomy";
	}

	private String categoryPage(DiscrepancyCategory category, Model model) {
		model.addAttribute("category", category);
		model.addAttribute("groups", CategoryGroup.values());
		return "organization/program/category";
	}

	private String fieldsPage(Viewer viewer, Model model) {
		model.addAttribute("settings", program.settings(viewer.organizationId()));
		model.addAttribute("targets", CustomFieldTarget.values());
		model.addAttribute("types", CustomFieldType.values());
		return "organization/program/fields";
	}

	private DiscrepancyCategory category(Viewer viewer, UUID id) {
		return program.settings(viewer.organizationId())
			.categories()
			.stream()
			.filter(c -> c.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
