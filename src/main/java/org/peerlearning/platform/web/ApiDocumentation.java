package org.peerlearning.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs}: every operation takes a personal API token as a
 * bearer token (created on the profile page).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String BEARER = "bearerToken";

	@Bean
	OpenAPI peerLearningApi() {
		return new OpenAPI()
			.info(new Info().title("Peer Learning API")
				.version("v1")
				.description("Integration API of the radiology peer learning platform. Authenticate with a personal API token "
						+ "(Authorization: Bearer plt_...). Errors are RFC 9457 problem details.")
				.license(new License().name("Open source")))
			.components(new Components().addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.bearerFormat("plt_ personal API token")
						.description("A personal API token from the profile page.")))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}
}
