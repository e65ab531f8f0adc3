package org.peerlearning;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(PeerLearningApplication.class);

	@Test
	void modulesOnlyReachEachOtherThroughTheirPublicFaces() {
		modules.verify();
	}

	@Test
	void everyModuleOfTheArchitectureExists() {
		var names = modules.stream().map(m -> m.getIdentifier().toString()).toList();
		org.assertj.core.api.Assertions.assertThat(names)
			.contains("organization", "identity", "intake", "cases", "review", "feedback", "deidentification", "conference",
					"improvement", "metrics", "community", "audit", "notification", "platform");
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}
}
