package org.peerlearning.deidentification.dicom;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import org.peerlearning.deidentification.DicomDeidentifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The DICOM de-identifier with the platform's secret. Replacement UIDs and date shifts of a case
 * stay the same only as long as the secret does, so production sets
 * {@code PEERLEARNING_DEIDENTIFICATION_SECRET}; without it a random secret lives as long as the
 * process.
 */
@Configuration(proxyBeanMethods = false)
class DicomDeidentifierConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DicomDeidentifierConfiguration.class);

	@Bean
	DicomDeidentifier dicomDeidentifier(
			@Value("${peerlearning.deidentification.secret:${PEERLEARNING_DEIDENTIFICATION_SECRET:}}") String secret) {
		if (secret.isBlank()) {
			log.warn("No de-identification secret configured (PEERLEARNING_DEIDENTIFICATION_SECRET): "
					+ "using a random one, so replacement UIDs change when the application restarts");
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			return new DicomDeidentifier(random);
		}
		return new DicomDeidentifier(secret.getBytes(StandardCharsets.UTF_8));
	}
}
