package org.peerlearning.intake.demo;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.peerlearning.ApplicationTest;
import org.peerlearning.intake.hl7.Hl7Intake;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@ApplicationTest
class DemoExamStreamTests {

	@Autowired
	Hl7Intake intake;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoStreamFeedsSignedReportsReadByDemoRadiologistsToTheDemoHospital() {
		DemoExamStream stream = new DemoExamStream(intake, ZoneId.of("America/Toronto"));
		long before = count();
		for (int i = 0; i < 6; i++) {
			stream.tick();
		}
		assertThat(count()).isGreaterThan(before);
		assertThat(jdbc.sql("""
				select count(*) from exam e join organization o on o.id = e.organization_id
				where e.accession_number like 'DEMO%' and o.name = 'Lakeshore Regional Health'
				and e.reading_radiologist_id is not null and e.site_id is not null""").query(Long.class).single()).isPositive();
	}

	private long count() {
		return jdbc.sql("select count(*) from exam where accession_number like 'DEMO%' and result_status = 'FINAL'")
			.query(Long.class)
			.single();
	}
}
