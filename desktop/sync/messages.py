"""Messages of sync (bundles, keys, trust, merge), in Vietnamese and English.

Merged into the shared MESSAGES table at import, so sync can grow its messages
without editing desktop/domain/messages.py.
"""

from desktop.domain.messages import MESSAGES

SYNC_MESSAGES: dict[str, tuple[str, str]] = {
    "sync_no_keys": (
        "Máy này chưa có khóa đồng bộ. Hãy chạy «xaso init» trước.",
        "This device has no sync keys. Run 'xaso init' first.",
    ),
}

MESSAGES.update(SYNC_MESSAGES)
