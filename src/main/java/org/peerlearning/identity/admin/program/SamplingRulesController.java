package org.peerlearning.identity.admin.program;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.peerlearning.identity.Viewer;
import org.peerlearning.identity.admin.program.ProgramForms.RuleForm;
import org.peerlearning.organization.InvalidProgramSettingException;
import org.peerlearning.organization.Organizations;
import org.peerlearning.organization.ReviewProgramAdministration;
import org.peerlearning.organization.SamplingMode;
import org.peerlearning.organization.SamplingRule;
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

/** Which exams are sampled for review: the organization's sampling rules. */
@Controller
@RequestMapping("/admin/program/rules")
class SamplingRulesController {

	private final ProgramAccess access;

	private final ReviewProgramAdministration program;

	private final ProgramPeople people;

	private final Organizations organizations;

	SamplingRulesController(ProgramAccess access, ReviewProgramAdministration program, ProgramPeople people,
			Organizations organizations) {
		this.access = access;
		this.program = program;
		this.people = people;
		this.organizations = organizations;
	}

	@GetMapping
	String list(Model model) {
		Viewer viewer = access.require();
		model.addAttribute("settings", program.settings(viewer.organizationId()));
		model.addAttribute("names", people.names(viewer.organizationId()));
		model.addAttribute("poolNames", program.settings(viewer.organizationId())
			.pools()
			.stream()
			.collect(java.util.stream.Collectors.toMap(p -> p.id(), p -> p.name())));
		return "organization/program/rules";
	}

	@GetMapping("/new")
	String create(Model model) {
		model.addAttribute("ruleForm", RuleForm.empty());
		return formPage(access.require(), null, model);
	}

	@PostMapping
	String add(@Valid @ModelAttribute("ruleForm") RuleForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		Viewer viewer = access.require();
		if (save(viewer, form, null, result)) {
			redirect.addFlashAttribute("flash", "org.program.rule.added");
			return "redirect:/admin/program/rules";
		}
		return formPage(viewer, null, model);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable UUID id, Model model) {
		Viewer viewer = access.require();
		SamplingRule rule = rule(viewer, id);
		model.addAttribute("ruleForm", RuleForm.of(rule));
		return formPage(viewer, rule, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("ruleForm") RuleForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Viewer viewer = access.require();
		SamplingRule rule = rule(viewer, id);
		if (save(viewer, form, id, result)) {
			redirect.addFlashAttribute("flash", "org.program.rule.updated");
			return "redirect:/admin/program/rules";
		}
		return formPage(viewer, rule, model);
	}

	private boolean save(Viewer viewer, RuleForm form, UUID id, BindingResult result) {
		if (result.hasErrors()) {
			return false;
		}
		SamplingRule rule;
		try {
			rule = form.rule(id);
		}
		catch (DateTimeException | NumberFormatException e) {
			result.reject("org.program.error.date");
			return false;
		}
		List<UUID> people = new ArrayList<>(rule.radiologistIds());
		if (rule.campaignRadiologistId() != null) {
			people.add(rule.campaignRadiologistId());
		}
		if (!this.people.allMembers(viewer.organizationId(), people)) {
			result.rejectValue("radiologistIds", "org.program.error.member");
			return false;
		}
		try {
			if (id == null) {
				program.addRule(viewer.organizationId(), rule, viewer.personId().value());
			}
			else {
				program.updateRule(viewer.organizationId(), rule, viewer.personId().value());
			}
			return true;
		}
		catch (InvalidProgramSettingException e) {
			result.rejectValue(e.field(), e.messageKey());
			return false;
		}
	}

	private String formPage(Viewer viewer, SamplingRule rule, Model model) {
		model.addAttribute("rule", rule);
		model.addAttribute("settings", program.settings(viewer.organizationId()));
		model.addAttribute("sites", organizations.sites(viewer.organizationId()).stream().filter(s -> s.active()).toList());
		model.addAttribute("readers", people.readers(viewer.organizationId()));
		model.addAttribute("modes", SamplingMode.values());
		return "organization/program/rule-form";
	}

	private SamplingRule rule(Viewer viewer, UUID id) {
		return program.settings(viewer.organizationId())
			.samplingRules()
			.stream()
			.filter(r -> r.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
