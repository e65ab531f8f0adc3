package org.peerlearning.deidentification.text.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.peerlearning.deidentification.web.Outsiders;
import org.peerlearning.identity.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@ApplicationTest
class TextDeidentificationWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    People people;


    private RequestPostProcessor radiologist() {
        return user(users.loadUserByUsername("rad1@lakeshore.demo"));
    }

    @Test
    void theApiAnswersTheDeidentifiedTextAndItsFindings() throws Exception {
        mvc.perform(post("/api/v1/deidentify/text").with(radiologist()).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": \"Seen by Dr. Tremblay on 2024-03-05.\"}"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.text").value("Seen by Dr. [CLINICIAN NAME] on [DATE]."))
            .andExpect(jsonPath("$.findings", hasSize(2)))
            .andExpect(jsonPath("$.findings[0].start").value(12))
            .andExpect(jsonPath("$.findings[0].end").value(20))
            .andExpect(jsonPath("$.findings[0].category").value("CLINICIAN_NAME"))
            .andExpect(jsonPath("$.findings[1].category").value("DATE"));
    }

    @Test
    void theApiWritesSurrogatesWhenAsked() throws Exception {
        mvc.perform(post("/api/v1/deidentify/text").with(radiologist()).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": \"MRN: 4485868\", \"mode\": \"SURROGATES\"}"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.text").value(org.hamcrest.Matchers.matchesPattern("MRN: \\d{7}")))
            .andExpect(jsonPath("$.findings[0].category").value("MRN"));
    }

    @Test
    void emptyOrMissingTextIsABadRequest() throws Exception {
        for (String body : new String[] {"{\"text\": \"  \"}", "{}", "{\"text\": \"x\", \"mode\": \"LOUD\"}", "not json"}) {
            mvc.perform(post("/api/v1/deidentify/text").with(radiologist()).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400));
        }
    }

    @Test
    void textOverOneMegabyteIsRefused() throws Exception {
        String big = "a".repeat(1024 * 1024 + 1);
        mvc.perform(post("/api/v1/deidentify/text").with(radiologist()).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"" + big + "\"}"))
            .andExpect(status().isPayloadTooLarge())
            .andExpect(jsonPath("$.status").value(413));
    }

    @Test
    void anonymousCallersAreTurnedAway() throws Exception {
        mvc.perform(post("/api/v1/deidentify/text").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": \"Dr. Tremblay\"}"))
            .andExpect(result -> org.assertj.core.api.Assertions.assertThat(result.getResponse().getStatus())
                .isIn(302, 401, 403));
    }

    @Test
    void someoneSignedInWithoutAnOrganizationMayNotDeidentify() throws Exception {
        RequestPostProcessor memberOfNone = user(users.loadUserByUsername(Outsiders.create(people)));
        mvc.perform(post("/api/v1/deidentify/text").with(memberOfNone).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"Dr. Tremblay\"}"))
            .andExpect(status().isForbidden())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/deidentify").with(memberOfNone)).andExpect(status().isForbidden());
    }

    @Test
    void problemsAreWordedInTheCallersLanguage() throws Exception {
        mvc.perform(post("/api/v1/deidentify/text").with(radiologist()).with(csrf()).header("Accept-Language", "fr")
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.title").value("Texte manquant"))
            .andExpect(jsonPath("$.detail").value(containsString("« text »")));
        mvc.perform(post("/api/v1/deidentify/text").with(radiologist()).with(csrf()).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content("not json"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.title").value("Unreadable request"))
            .andExpect(jsonPath("$.detail").value(containsString("{\"text\": \"...\"")));
    }

    @Test
    void thePageHighlightsWhatItFoundInEnglishAndFrench() throws Exception {
        mvc.perform(get("/deidentify").with(radiologist()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("De-identify report text")));
        mvc.perform(post("/deidentify").with(radiologist()).with(csrf()).header("HX-Request", "true")
                .param("text", "Seen by Dr. Tremblay.").param("mode", "TAGS"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("<mark class=\"deid-phi\" title=\"Clinician name\">Tremblay</mark>")))
            .andExpect(content().string(containsString("Seen by Dr. [CLINICIAN NAME].")))
            .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<html"))));
        mvc.perform(get("/deidentify").with(radiologist()).header("Accept-Language", "fr").param("lang", "fr"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Dépersonnaliser le texte")));
    }
}
