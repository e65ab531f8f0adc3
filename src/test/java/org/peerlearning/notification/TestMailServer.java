package org.peerlearning.notification;

import java.util.Properties;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real SMTP server (GreenMail) inside the test JVM, and the platform's mail sender pointed at it,
 * as {@code spring.mail.host} and {@code spring.mail.port} would in production.
 */
@Configuration(proxyBeanMethods = false)
class TestMailServer {

	@Bean(initMethod = "start", destroyMethod = "stop")
	GreenMail greenMail() {
		return new GreenMail(ServerSetupTest.SMTP.dynamicPort());
	}

	@Bean
	JavaMailSenderImpl mailSender(GreenMail greenMail) {
		if (!greenMail.isRunning()) {
			greenMail.start();
		}
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(greenMail.getSmtp().getPort());
		Properties properties = new Properties();
		properties.put("mail.smtp.connectiontimeout", "5000");
		properties.put("mail.smtp.timeout", "5000");
		sender.setJavaMailProperties(properties);
		return sender;
	}
}
