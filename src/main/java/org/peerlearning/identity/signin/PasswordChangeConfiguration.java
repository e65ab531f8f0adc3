package org.peerlearning.identity.signin;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the gate that keeps a person on the password page until they have chosen a new one. */
@Configuration(proxyBeanMethods = false)
class PasswordChangeConfiguration {

	/** Ordered after Spring Security's filter chains (order -100), whose sign-in it relies on. */
	@Bean
	FilterRegistrationBean<PasswordChangeGate> passwordChangeGate() {
		FilterRegistrationBean<PasswordChangeGate> registration = new FilterRegistrationBean<>(new PasswordChangeGate());
		registration.setOrder(0);
		return registration;
	}
}
