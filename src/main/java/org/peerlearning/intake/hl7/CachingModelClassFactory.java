package org.peerlearning.intake.hl7;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.model.Type;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;

/**
 * Reads every version into the 2.5.1 model and remembers which segment and type classes exist.
 * HAPI looks a class up on every segment it meets; for Z-segments (ZDS, ZPF...) the lookup fails,
 * and a failed class lookup walks the class path each time: measured at half the listener's CPU
 * before this cache.
 */
final class CachingModelClassFactory extends CanonicalModelClassFactory {

	private static final long serialVersionUID = 1L;

	private final transient Map<String, Optional<Class<? extends Segment>>> segments = new ConcurrentHashMap<>();

	private final transient Map<String, Optional<Class<? extends Type>>> types = new ConcurrentHashMap<>();

	CachingModelClassFactory(String version) {
		super(version);
	}

	@Override
	public Class<? extends Segment> getSegmentClass(String name, String version) throws HL7Exception {
		String key = name + '|' + version;
		Optional<Class<? extends Segment>> known = segments.get(key);
		if (known == null) {
			known = Optional.ofNullable(super.getSegmentClass(name, version));
			segments.put(key, known);
		}
		return known.orElse(null);
	}

	@Override
	public Class<? extends Type> getTypeClass(String name, String version) throws HL7Exception {
		String key = name + '|' + version;
		Optional<Class<? extends Type>> known = types.get(key);
		if (known == null) {
			known = Optional.ofNullable(super.getTypeClass(name, version));
			types.put(key, known);
		}
		return known.orElse(null);
	}
}
