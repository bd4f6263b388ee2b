//! The few operations the layout needs from a key-value store, so that the layout (keys,
//! migration, originals, quota errors) runs unchanged on `localStorage` in the browser and on
//! [`MemoryStore`] in native tests.

use std::cell::RefCell;
use std::collections::BTreeMap;

/// Why a value could not be written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// Storage is blocked by the browser or its settings.
    Unavailable,
    /// `QuotaExceededError`: storage is full.
    Full,
    Other(String),
}

/// A string-to-string store shared with other programs (other tabs, other apps on the origin).
/// Reading never fails: what cannot be read counts as absent.
pub trait KeyValue {
    /// Whether the store can be used at all (it can be blocked).
    fn available(&self) -> bool;
    fn keys(&self) -> Vec<String>;
    fn get(&self, key: &str) -> Option<String>;
    fn set(&self, key: &str, value: &str) -> Result<(), SaveError>;
    fn remove(&self, key: &str);
}

/// An in-memory store: the app's fallback when `localStorage` is blocked, and the test double.
/// A `capacity` (in UTF-16 code units of keys and values, as browsers count) makes it refuse
/// writes like a full `localStorage` does.
#[derive(Debug, Default)]
pub struct MemoryStore {
    entries: RefCell<BTreeMap<String, String>>,
    capacity: Option<usize>,
    blocked: bool,
}

impl MemoryStore {
    pub fn new() -> MemoryStore {
        MemoryStore::default()
    }

    /// A store that refuses a write once keys and values would exceed `units` UTF-16 units.
    pub fn with_capacity(units: usize) -> MemoryStore {
        MemoryStore { capacity: Some(units), ..MemoryStore::default() }
    }

    /// A store that behaves like blocked storage: nothing can be read or written.
    pub fn blocked() -> MemoryStore {
        MemoryStore { blocked: true, ..MemoryStore::default() }
    }

    fn used_without(&self, key: &str) -> usize {
        let units = |s: &str| s.encode_utf16().count();
        self.entries.borrow().iter().filter(|(k, _)| k.as_str() != key).map(|(k, v)| units(k) + units(v)).sum()
    }
}

impl KeyValue for MemoryStore {
    fn available(&self) -> bool {
        !self.blocked
    }

    fn keys(&self) -> Vec<String> {
        if self.blocked {
            return Vec::new();
        }
        self.entries.borrow().keys().cloned().collect()
    }

    fn get(&self, key: &str) -> Option<String> {
        if self.blocked {
            return None;
        }
        self.entries.borrow().get(key).cloned()
    }

    fn set(&self, key: &str, value: &str) -> Result<(), SaveError> {
        if self.blocked {
            return Err(SaveError::Unavailable);
        }
        if let Some(capacity) = self.capacity {
            let needed = key.encode_utf16().count() + value.encode_utf16().count();
            if self.used_without(key) + needed > capacity {
                return Err(SaveError::Full);
            }
        }
        self.entries.borrow_mut().insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&self, key: &str) {
        if !self.blocked {
            self.entries.borrow_mut().remove(key);
        }
    }
}

/// A borrowed store is a store: the tests keep the [`MemoryStore`] to look into it.
impl<T: KeyValue + ?Sized> KeyValue for &T {
    fn available(&self) -> bool {
        (**self).available()
    }
    fn keys(&self) -> Vec<String> {
        (**self).keys()
    }
    fn get(&self, key: &str) -> Option<String> {
        (**self).get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), SaveError> {
        (**self).set(key, value)
    }
    fn remove(&self, key: &str) {
        (**self).remove(key)
    }
}
