package org.peerlearning.intake.web;

import java.time.Instant;

import org.peerlearning.intake.domain.MessageLog.SourceCount;

/** What one sender sent, by outcome. */
final class SourceRow {

	private final String sendingFacility;

	private long accepted;

	private long rejected;

	private long duplicates;

	private long replayed;

	private Instant lastReceivedAt;

	SourceRow(String sendingFacility) {
		this.sendingFacility = sendingFacility;
	}

	void add(SourceCount count) {
		switch (count.status()) {
			case ACCEPTED -> accepted += count.count();
			case REJECTED -> rejected += count.count();
			case DUPLICATE -> duplicates += count.count();
			case REPLAYED -> replayed += count.count();
		}
		if (lastReceivedAt == null || (count.lastReceivedAt() != null && count.lastReceivedAt().isAfter(lastReceivedAt))) {
			lastReceivedAt = count.lastReceivedAt();
		}
	}

	public String getSendingFacility() {
		return sendingFacility;
	}

	public long getReceived() {
		return accepted + rejected + duplicates + replayed;
	}

	public long getAccepted() {
		return accepted;
	}

	public long getRejected() {
		return rejected;
	}

	public long getDuplicates() {
		return duplicates;
	}

	public long getReplayed() {
		return replayed;
	}

	public Instant getLastReceivedAt() {
		return lastReceivedAt;
	}
}
