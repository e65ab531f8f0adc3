package org.peerlearning.review.sampling;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sampling backlog of the whole instance, for the monitoring of whoever runs it: how many
 * reported exams wait to be sampled, how many of them failed at least once, and how old the
 * oldest is. Each organization's lead sees their own on the sampling page; these are totals.
 */
@Component
class SamplingMetrics implements MeterBinder {

	private final JdbcClient jdbc;

	SamplingMetrics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("peerlearning.sampling.waiting", this, SamplingMetrics::waiting)
			.description("Reported exams waiting to be sampled, failing ones included")
			.register(registry);
		Gauge.builder("peerlearning.sampling.failing", this, SamplingMetrics::failing)
			.description("Exams whose sampling failed at least once and that wait for another try")
			.register(registry);
		Gauge.builder("peerlearning.sampling.oldest.age", this, SamplingMetrics::oldestAgeSeconds)
			.description("How long the oldest waiting exam has waited")
			.baseUnit("seconds")
			.register(registry);
	}

	private double waiting() {
		return jdbc.sql("select count(*) from sampling_queue").query(Long.class).single();
	}

	private double failing() {
		return jdbc.sql("select count(*) from sampling_queue where attempts > 0").query(Long.class).single();
	}

	private double oldestAgeSeconds() {
		// no waiting exam: min() is null, and getDouble reads it as 0
		return jdbc.sql("select extract(epoch from now() - min(queued_at)) from sampling_queue").query((rs, n) -> rs.getDouble(1))
			.single();
	}
}
