package org.peerlearning.notification.internal;

import java.util.UUID;

/** A notice was stored; its e-mail goes out once the transaction that stored it commits. */
public record NoticeRecorded(UUID noticeId) {
}
