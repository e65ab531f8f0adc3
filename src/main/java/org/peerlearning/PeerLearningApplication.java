package org.peerlearning;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The peer learning platform: one deployable application made of business modules. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PeerLearningApplication {

	public static void main(String[] args) {
		SpringApplication.run(PeerLearningApplication.class, args);
	}
}
