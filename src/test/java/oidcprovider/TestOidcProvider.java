package oidcprovider;

import java.io.IOException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * A real OpenID Connect provider (Spring Authorization Server) for single sign-on tests, started in
 * the test JVM on a free port. It lives outside the application's packages so the application never
 * scans it, and it uses no auto-configuration, so it needs no database.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class TestOidcProvider {

	public static final String CLIENT_ID = "peer-learning";

	public static final String CLIENT_SECRET = "test-client-secret";

	public static final String PASSWORD = "provider-password";

	/** Users the provider knows: their user names are their e-mails, put in the ID token's {@code email} claim. */
	private static final String[] USERS = { "sso-known@signin.test", "sso-unknown@elsewhere.test" };

	private final InMemoryRegisteredClientRepository clients = new InMemoryRegisteredClientRepository(client("http://127.0.0.1/unused"));

	public static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(TestOidcProvider.class).web(WebApplicationType.SERVLET)
			.properties("spring.config.name=test-oidc-provider", "spring.main.banner-mode=off")
			.run();
	}

	public static int port(ConfigurableApplicationContext provider) {
		return ((WebServerApplicationContext) provider).getWebServer().getPort();
	}

	/** Registers the platform's redirect URI, known only once the platform runs. */
	public static void allowRedirectTo(ConfigurableApplicationContext provider, String redirectUri) {
		InMemoryRegisteredClientRepository clients = provider.getBean(InMemoryRegisteredClientRepository.class);
		RegisteredClient current = clients.findByClientId(CLIENT_ID);
		clients.save(RegisteredClient.from(current).redirectUris(uris -> uris.add(redirectUri)).build());
	}

	@Bean
	TomcatServletWebServerFactory webServer() {
		return new TomcatServletWebServerFactory(0);
	}

	/** Tomcat runs filters only for requests mapped to a servlet; every endpoint here is a filter. */
	@Bean
	ServletRegistrationBean<HttpServlet> nothingElse() {
		return new ServletRegistrationBean<>(new HttpServlet() {

			@Override
			protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
				response.sendError(HttpServletResponse.SC_NOT_FOUND);
			}
		}, "/");
	}

	@Bean
	@Order(1)
	SecurityFilterChain protocol(HttpSecurity http) throws Exception {
		OAuth2AuthorizationServerConfigurer authorizationServer = new OAuth2AuthorizationServerConfigurer();
		http.securityMatcher(authorizationServer.getEndpointsMatcher())
			.with(authorizationServer, server -> server.registeredClientRepository(clients).oidc(Customizer.withDefaults()))
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.csrf(csrf -> csrf.ignoringRequestMatchers(authorizationServer.getEndpointsMatcher()))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain signIn(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated()).formLogin(Customizer.withDefaults());
		return http.build();
	}

	@Bean
	InMemoryRegisteredClientRepository registeredClients() {
		return clients;
	}

	@Bean
	UserDetailsService providerUsers() {
		InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
		for (String email : USERS) {
			users.createUser(User.withUsername(email).password("{noop}" + PASSWORD).roles("USER").build());
		}
		return users;
	}

	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> emailInIdToken() {
		return context -> {
			if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
				context.getClaims().claim("email", context.getPrincipal().getName());
			}
		};
	}

	@Bean
	AuthorizationServerSettings authorizationServerSettings() {
		return AuthorizationServerSettings.builder().build();
	}

	@Bean
	JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair pair = generator.generateKeyPair();
		RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
			.keyID(UUID.randomUUID().toString())
			.build();
		return new ImmutableJWKSet<>(new JWKSet(key));
	}

	/** The user-info endpoint checks its access tokens with the provider's own keys. */
	@Bean
	JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
		return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
	}

	private static RegisteredClient client(String redirectUri) {
		return RegisteredClient.withId(UUID.randomUUID().toString())
			.clientId(CLIENT_ID)
			.clientSecret("{noop}" + CLIENT_SECRET)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri(redirectUri)
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.EMAIL)
			.scope(OidcScopes.PROFILE)
			.clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
			.build();
	}
}
