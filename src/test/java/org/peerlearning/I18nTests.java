package org.peerlearning;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word a person reads comes from the English and French message bundles: same keys in both,
 * nothing typed straight into a template, no key used that a bundle lacks, accents intact.
 */
class I18nTests {

	private static final Path BUNDLES = Path.of("src/main/resources/i18n");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Attributes whose value is a text (rather than a thing to render) and which must be translated. */
	private static final List<String> TEXT_ATTRIBUTES = List.of("title", "placeholder", "aria-label", "alt");

	/** Attributes that put a message in place of the element's own content. */
	private static final List<String> TEXT_REPLACERS = List.of("th:text", "th:utext", "th:errors", "th:replace", "th:insert");

	/** Language names, each shown in its own language (the element says so with {@code lang}). */
	private static final Set<String> OWN_LANGUAGE_NAMES = Set.of("English", "Français");

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	private static final Pattern MESSAGE_EXPRESSION = Pattern.compile("#\\{([^}]*)}");

	@Test
	void everyEnglishMessageHasAFrenchTranslationAndTheOtherWayRound() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path english : englishBundles()) {
			Path french = french(english);
			assertThat(french).as("French bundle beside %s", english).exists();
			Properties en = load(english);
			Properties fr = load(french);
			for (String key : en.stringPropertyNames()) {
				if (!fr.containsKey(key)) {
					problems.add(french.getFileName() + " lacks " + key);
				}
			}
			for (String key : fr.stringPropertyNames()) {
				if (!en.containsKey(key)) {
					problems.add(english.getFileName() + " lacks " + key);
				}
			}
			Stream.of(en, fr)
				.flatMap(bundle -> bundle.stringPropertyNames().stream().filter(key -> bundle.getProperty(key).isBlank()))
				.forEach(key -> problems.add("empty message " + key));
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void noTemplateShowsTextThatBypassesTheMessageBundles() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template), "", Parser.htmlParser());
			for (Element element : document.getAllElements()) {
				for (TextNode text : element.textNodes()) {
					String words = text.text().strip();
					if (LETTER.matcher(words).find() && !translated(element) && !languageName(element, words)) {
						problems.add(TEMPLATES.relativize(template) + ": text \"" + words + "\" in <" + element.tagName() + ">");
					}
				}
				for (String name : TEXT_ATTRIBUTES) {
					String value = element.attr(name);
					boolean counterpart = element.hasAttr("th:" + name) || element.attr("th:attr").contains(name + "=");
					if (LETTER.matcher(value).find() && !counterpart) {
						problems.add(TEMPLATES.relativize(template) + ": " + name + "=\"" + value + "\" on <" + element.tagName() + ">");
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyMessageATemplateUsesExistsInEnglishAndFrench() throws IOException {
		Properties english = new Properties();
		Properties french = new Properties();
		for (Path bundle : englishBundles()) {
			english.putAll(load(bundle));
			french.putAll(load(french(bundle)));
		}
		Map<String, Set<String>> missing = new TreeMap<>();
		for (Path template : templates()) {
			Matcher matcher = MESSAGE_EXPRESSION.matcher(Files.readString(template));
			while (matcher.find()) {
				String key = matcher.group(1).strip();
				// Keys built at run time (#{${flash}}, #{|role.${role}|}) cannot be checked here.
				if (key.contains("$") || key.contains("|") || key.contains("{")) {
					continue;
				}
				String plainKey = key.contains("(") ? key.substring(0, key.indexOf('(')).strip() : key;
				if (!english.containsKey(plainKey) || !french.containsKey(plainKey)) {
					missing.computeIfAbsent(plainKey, k -> new TreeSet<>()).add(TEMPLATES.relativize(template).toString());
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void messageBundlesAreUtf8WithTheirAccentsIntact() throws IOException {
		List<Path> bundles = new ArrayList<>();
		try (Stream<Path> files = Files.list(BUNDLES)) {
			files.filter(path -> path.toString().endsWith(".properties")).forEach(bundles::add);
		}
		assertThat(bundles).isNotEmpty();
		for (Path bundle : bundles) {
			String text;
			try {
				text = StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(Files.readAllBytes(bundle)))
					.toString();
			}
			catch (CharacterCodingException ex) {
				throw new AssertionError(bundle + " is not valid UTF-8", ex);
			}
			// Text saved as UTF-8 but read once as Latin-1 turns "é" into "Ã©": the tell-tale of broken accents.
			assertThat(text).as(bundle.toString()).doesNotContain("\uFFFD").doesNotContainPattern("Ã[\\u0080-\\u00BF]");
			if (bundle.getFileName().toString().endsWith("_fr.properties") && !load(bundle).isEmpty()) {
				assertThat(text).as("%s is written in French, with its accents", bundle).containsPattern("[éèêàâçôîûùëï]");
			}
		}
	}

	private static boolean translated(Element element) {
		for (Element e = element; e != null; e = e.parent()) {
			for (String attribute : TEXT_REPLACERS) {
				if (e.hasAttr(attribute)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean languageName(Element element, String words) {
		return element.hasAttr("lang") && OWN_LANGUAGE_NAMES.contains(words);
	}

	private static List<Path> englishBundles() throws IOException {
		try (Stream<Path> files = Files.list(BUNDLES)) {
			List<Path> bundles = files.filter(path -> path.getFileName().toString().matches("[a-z-]+\\.properties")).sorted().toList();
			assertThat(bundles).isNotEmpty();
			return bundles;
		}
	}

	private static Path french(Path english) {
		return english.resolveSibling(english.getFileName().toString().replace(".properties", "_fr.properties"));
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			List<Path> templates = files.filter(path -> path.toString().endsWith(".html")).sorted().toList();
			assertThat(templates).isNotEmpty();
			return templates;
		}
	}

	private static Properties load(Path bundle) throws IOException {
		Properties properties = new Properties();
		properties.load(new StringReader(Files.readString(bundle, StandardCharsets.UTF_8)));
		return properties;
	}
}
