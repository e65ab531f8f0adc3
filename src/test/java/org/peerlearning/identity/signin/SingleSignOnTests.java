package org.peerlearning.identity.signin;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import oidcprovider.TestOidcProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerlearning.identity.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on end to end: a real OpenID Connect provider runs beside the platform, and an HTTP
 * client goes through the authorization code flow as a browser would. This is the one test that
 * needs a server on a real port, so it has a context of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SingleSignOnTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	static ConfigurableApplicationContext provider;

	@LocalServerPort
	int port;

	@Autowired
	People people;

	HttpClient browser;

	@DynamicPropertySource
	static void provider(DynamicPropertyRegistry properties) {
		provider = TestOidcProvider.start();
		properties.add("peerlearning.oidc.enabled", () -> "true");
		properties.add("peerlearning.oidc.issuer-uri", () -> providerUrl(""));
		properties.add("peerlearning.oidc.client-id", () -> TestOidcProvider.CLIENT_ID);
		properties.add("peerlearning.oidc.client-secret", () -> TestOidcProvider.CLIENT_SECRET);
		properties.add("peerlearning.oidc.display-name", () -> "Test Provider");
	}

	@AfterAll
	static void stopProvider() {
		if (provider != null) {
			provider.close();
		}
	}

	@BeforeEach
	void aBrowser() {
		TestOidcProvider.allowRedirectTo(provider, platformUrl("/login/oauth2/code/sso"));
		browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
	}

	@Test
	void theSignInPageOffersTheProvider() throws Exception {
		HttpResponse<String> page = get(platformUrl("/login"));

		assertThat(page.body()).contains("data-testid=\"signin-sso\"").contains("Sign in with Test Provider");
	}

	@Test
	void aPersonWhoseEmailTheProviderVouchesForIsSignedIn() throws Exception {
		// Same e-mail as the provider's user, in other letter case.
		people.create(new People.NewPerson("SSO-Known@Signin.test", "Ssogiven", "Ssofamily", null, List.of(), "en", false), null,
				false, null);

		HttpResponse<String> home = signInAtProvider("sso-known@signin.test");

		assertThat(home.uri().getPath()).isEqualTo("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Ssogiven Ssofamily");
	}

	@Test
	void anEmailWithoutAnAccountIsSentBackToTheSignInPage() throws Exception {
		HttpResponse<String> refused = signInAtProvider("sso-unknown@elsewhere.test");

		assertThat(refused.uri().getPath()).isEqualTo("/login");
		assertThat(refused.uri().getQuery()).isEqualTo("ssoUnknown");
		assertThat(refused.body()).contains("data-testid=\"signin-sso-unknown\"");
		assertThat(people.findByEmail("sso-unknown@elsewhere.test")).isEmpty();
		assertThat(get(platformUrl("/")).uri().getPath()).isEqualTo("/login");
	}

	/** Starts at the platform's button, signs in on the provider's page, and follows the redirects back. */
	private HttpResponse<String> signInAtProvider(String user) throws Exception {
		HttpResponse<String> providerPage = get(platformUrl("/oauth2/authorization/sso"));
		assertThat(providerPage.uri().toString()).isEqualTo(providerUrl("/login"));
		Matcher csrf = CSRF.matcher(providerPage.body());
		assertThat(csrf.find()).as("the provider's sign-in form has a CSRF token").isTrue();
		String form = "username=" + encode(user) + "&password=" + encode(TestOidcProvider.PASSWORD) + "&_csrf=" + encode(csrf.group(1));
		return browser.send(HttpRequest.newBuilder(URI.create(providerUrl("/login")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String url) throws Exception {
		return browser.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private String platformUrl(String path) {
		return "http://localhost:" + port + path;
	}

	private static String providerUrl(String path) {
		return "http://127.0.0.1:" + TestOidcProvider.port(provider) + path;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
