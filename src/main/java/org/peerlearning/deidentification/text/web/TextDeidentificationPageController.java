package org.peerlearning.deidentification.text.web;

import java.util.ArrayList;
import java.util.List;

import org.peerlearning.deidentification.KnownIdentifiers;
import org.peerlearning.deidentification.PhiFinding;
import org.peerlearning.deidentification.TextDeidentificationMode;
import org.peerlearning.deidentification.TextDeidentificationResult;
import org.peerlearning.deidentification.TextDeidentifier;
import org.peerlearning.identity.CurrentViewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A page where a radiologist pastes report text and sees what would be removed: the original with
 * PHI highlighted and the de-identified text. htmx posts replace only the result.
 */
@Controller
class TextDeidentificationPageController {

    private final TextDeidentifier deidentifier;
    private final CurrentViewer currentViewer;

    TextDeidentificationPageController(TextDeidentifier deidentifier, CurrentViewer currentViewer) {
        this.deidentifier = deidentifier;
        this.currentViewer = currentViewer;
    }

    /** A run of the input text, highlighted when it is PHI. */
    record Piece(String text, String category) {
    }

    @GetMapping("/deidentify")
    String page(Model model) {
        currentViewer.get().requireOrganization();
        model.addAttribute("text", "");
        model.addAttribute("mode", TextDeidentificationMode.TAGS);
        return "deidentification/text";
    }

    @PostMapping("/deidentify")
    String deidentify(@RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "TAGS") TextDeidentificationMode mode,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        currentViewer.get().requireOrganization();
        model.addAttribute("text", text);
        model.addAttribute("mode", mode);
        if (text.isBlank()) {
            model.addAttribute("error", "deid.error.empty");
        } else if (TextDeidentificationApiController.tooLarge(text)) {
            model.addAttribute("error", "deid.error.tooLarge");
        } else {
            TextDeidentificationResult result = deidentifier.deidentify(text, KnownIdentifiers.none(), mode);
            model.addAttribute("pieces", pieces(text, result.findings()));
            model.addAttribute("output", result.text());
            model.addAttribute("count", result.findings().size());
        }
        return htmx != null ? "deidentification/text :: result" : "deidentification/text";
    }

    static List<Piece> pieces(String text, List<PhiFinding> findings) {
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (PhiFinding f : findings) {
            if (f.start() > at) {
                pieces.add(new Piece(text.substring(at, f.start()), null));
            }
            pieces.add(new Piece(text.substring(f.start(), f.end()), f.category().name()));
            at = f.end();
        }
        if (at < text.length()) {
            pieces.add(new Piece(text.substring(at), null));
        }
        return pieces;
    }
}
