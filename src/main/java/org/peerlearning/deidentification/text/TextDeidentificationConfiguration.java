package org.peerlearning.deidentification.text;

import org.peerlearning.deidentification.TextDeidentifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One de-identifier for the application. Surrogates are keyed by
 * {@code peerlearning.deidentification.secret}; without it each instance draws a random secret,
 * so surrogates agree within an instance only (set it when running several instances).
 */
@Configuration(proxyBeanMethods = false)
class TextDeidentificationConfiguration {

    @Bean
    TextDeidentifier textDeidentifier(@Value("${peerlearning.deidentification.secret:}") String secret) {
        return secret.isBlank() ? new TextDeidentifier() : TextDeidentifier.withSecret(secret);
    }
}
