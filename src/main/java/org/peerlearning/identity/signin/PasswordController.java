package org.peerlearning.identity.signin;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.peerlearning.identity.Accounts;
import org.peerlearning.identity.Accounts.PasswordChange;
import org.peerlearning.identity.CurrentViewer;
import org.peerlearning.identity.PasswordPolicy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Choosing a new password: required after an administrator created the account, open to everyone later. */
@Controller
class PasswordController {

	private final Accounts accounts;

	private final CurrentViewer currentViewer;

	PasswordController(Accounts accounts, CurrentViewer currentViewer) {
		this.accounts = accounts;
		this.currentViewer = currentViewer;
	}

	@ModelAttribute("required")
	boolean required(HttpSession session) {
		return session.getAttribute(PasswordChangeGate.REQUIRED) != null;
	}

	@ModelAttribute("minimumLength")
	int minimumLength() {
		return PasswordPolicy.MINIMUM_LENGTH;
	}

	@GetMapping("/password")
	String form(Model model) {
		model.addAttribute("form", PasswordForm.EMPTY);
		return "identity/password";
	}

	@PostMapping("/password")
	String change(@Valid @ModelAttribute("form") PasswordForm form, BindingResult errors, HttpSession session,
			RedirectAttributes redirect) {
		if (!errors.hasFieldErrors("confirmation") && !form.newPassword().equals(form.confirmation())) {
			errors.rejectValue("confirmation", "password.confirmation.mismatch");
		}
		if (errors.hasErrors()) {
			return "identity/password";
		}
		PasswordChange change = accounts.changePassword(currentViewer.get().personId(), form.currentPassword(), form.newPassword());
		if (change.currentPasswordWrong()) {
			errors.rejectValue("currentPassword", Accounts.CURRENT_PASSWORD_WRONG);
		}
		change.violations().forEach(violation -> errors.rejectValue("newPassword", violation));
		if (errors.hasErrors()) {
			return "identity/password";
		}
		session.removeAttribute(PasswordChangeGate.REQUIRED);
		redirect.addFlashAttribute("flash", "password.changed");
		return "redirect:/";
	}

	/** Passwords are never sent back to the browser, so a re-rendered form starts with empty fields. */
	record PasswordForm(@NotBlank(message = "{password.required}") String currentPassword,
			@NotBlank(message = "{password.required}") String newPassword,
			@NotBlank(message = "{password.required}") String confirmation) {

		static final PasswordForm EMPTY = new PasswordForm("", "", "");
	}
}
