package org.peerlearning.intake;

/** The HL7 v2 MLLP listener as other parts of the platform (and tests, benchmarks) see it. */
public interface MllpEndpoint {

	/** The port actually bound (useful when configured with 0 for a random one), or -1 when not listening. */
	int port();
}
