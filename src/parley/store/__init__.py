"""The local store: one private SQLite file holding every debt, contact, offer and agreement.

No textual import anywhere in this package (the engine and the verbs use it headless).
"""

from parley.store.db import Store
from parley.store.errors import (
    NotFound,
    StoreBusy,
    StoreDamaged,
    StoreError,
    StoreFull,
    StoreReadOnly,
    StoreUnavailable,
)
from parley.store.opening import default_path
from parley.store.records import (
    AbuseFlag,
    Agreement,
    Attachment,
    ChecklistItem,
    Event,
    EventKind,
    OfferRecord,
    OfferStatus,
    Payment,
    Promise,
)

__all__ = [
    "AbuseFlag",
    "Agreement",
    "Attachment",
    "ChecklistItem",
    "Event",
    "EventKind",
    "NotFound",
    "OfferRecord",
    "OfferStatus",
    "Payment",
    "Promise",
    "Store",
    "StoreBusy",
    "StoreDamaged",
    "StoreError",
    "StoreFull",
    "StoreReadOnly",
    "StoreUnavailable",
    "default_path",
]
