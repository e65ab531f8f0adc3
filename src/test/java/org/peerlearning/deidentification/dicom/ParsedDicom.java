package org.peerlearning.deidentification.dicom;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A whole file read into memory with the production reader, for assertions on small test files. */
record ParsedDicom(Part10Reader.Opened opened, List<Element> dataset) {

	static ParsedDicom read(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			Part10Reader.Opened opened = Part10Reader.open(in);
			List<Element> dataset = new ArrayList<>();
			DatasetReader.Header header;
			while ((header = opened.reader().next()) != null) {
				dataset.add(opened.reader().body(header));
			}
			return new ParsedDicom(opened, dataset);
		}
	}

	Element find(int tag) {
		return dataset.stream().filter(e -> e.tag() == tag).findFirst().orElse(null);
	}

	String string(int tag) {
		Element element = find(tag);
		return element == null ? null : element.string();
	}

	/** Every element at every depth, parents before their items' elements. */
	void walk(Consumer<Element> visitor) {
		walk(dataset, visitor);
	}

	private static void walk(List<Element> elements, Consumer<Element> visitor) {
		for (Element element : elements) {
			visitor.accept(element);
			if (element.items() != null) {
				element.items().forEach(item -> walk(item, visitor));
			}
		}
	}
}
