package org.peerlearning.intake.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The forms of the intake monitor. */
final class IntakeForms {

	private IntakeForms() {
	}

	/** Routes a sending facility (MSH-4), optionally with a receiving facility (MSH-6), to a site. */
	record RouteForm(@NotBlank @Size(max = 227) String sendingFacility, @Size(max = 227) String receivingFacility, UUID siteId) {

		static RouteForm empty() {
			return new RouteForm("", "", null);
		}
	}

	/** Maps a feed's radiologist identifier to a member radiologist. */
	record RadiologistForm(@NotBlank @Size(max = 64) String rawIdentifier, @NotNull UUID personId) {
	}
}
