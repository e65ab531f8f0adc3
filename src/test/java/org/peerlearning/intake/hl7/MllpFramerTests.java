package org.peerlearning.intake.hl7;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MllpFramerTests {

	private final List<String> frames = new ArrayList<>();

	private final List<String> junk = new ArrayList<>();

	private int tooLarge;

	private final MllpFramer framer = new MllpFramer(64, new MllpFramer.Sink() {

		@Override
		public void frame(byte[] payload) {
			frames.add(new String(payload, StandardCharsets.ISO_8859_1));
		}

		@Override
		public void junk(byte[] bytes, String why) {
			junk.add(new String(bytes, StandardCharsets.ISO_8859_1));
		}

		@Override
		public void tooLarge() {
			tooLarge++;
		}
	});

	private void feed(String text) {
		byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
		framer.feed(bytes, 0, bytes.length);
	}

	@Test
	void framesSplitAcrossReadsAreJoined() {
		feed("\u000bMSH|one");
		feed("\rPID|x\u001c");
		feed("\r\u000bMSH|two\u001c\r");
		assertThat(frames).containsExactly("MSH|one\rPID|x", "MSH|two");
		assertThat(junk).isEmpty();
	}

	@Test
	void whitespaceBetweenFramesIsIgnoredButOtherBytesAreJunk() {
		feed("\r\n \u000bA\u001c\rhello");
		framer.flushJunk();
		assertThat(frames).containsExactly("A");
		assertThat(junk).containsExactly("hello");
	}

	@Test
	void anEmptyFrameIsStillAFrame() {
		feed("\u000b\u001c\r");
		assertThat(frames).containsExactly("");
	}

	@Test
	void aFrameCutByANewStartBlockIsJunkAndTheNextFrameIsKept() {
		feed("\u000bcut short\u000bwhole\u001c\r");
		assertThat(junk).containsExactly("cut short");
		assertThat(frames).containsExactly("whole");
	}

	@Test
	void anOversizedFrameIsDiscardedUpToItsEnd() {
		feed("\u000b" + "x".repeat(100) + "\u001c\r\u000bsmall\u001c\r");
		assertThat(tooLarge).isEqualTo(1);
		assertThat(frames).containsExactly("small");
	}
}
