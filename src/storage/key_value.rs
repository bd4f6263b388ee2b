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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capacity_counts_utf16_units_as_browsers_do() {
        // „ä“ is one UTF-16 unit (two UTF-8 bytes); an emoji is two units.
        let store = MemoryStore::with_capacity(4);
        assert_eq!(store.set("k", "äää"), Ok(()));
        assert_eq!(store.set("k", "ääää"), Err(SaveError::Full));
        assert_eq!(store.set("k", "😀ä"), Ok(()));
        assert_eq!(store.set("k", "😀😀"), Err(SaveError::Full));
    }

    #[test]
    fn replacing_a_value_frees_the_old_one_first() {
        let store = MemoryStore::with_capacity(10);
        store.set("a", "12345678").unwrap();
        assert_eq!(store.set("a", "87654321"), Ok(()), "the old value does not count twice");
        assert_eq!(store.set("b", "1"), Err(SaveError::Full));
        store.remove("a");
        assert_eq!(store.set("b", "1"), Ok(()));
        assert_eq!(store.keys(), ["b"]);
    }

    #[test]
    fn a_blocked_store_reads_nothing_and_refuses_every_write() {
        let store = MemoryStore::blocked();
        assert!(!store.available());
        assert_eq!(store.set("a", "1"), Err(SaveError::Unavailable));
        assert_eq!(store.get("a"), None);
        assert!(store.keys().is_empty());
        store.remove("a");
    }

    #[test]
    fn a_borrowed_store_is_the_same_store() {
        let store = MemoryStore::new();
        fn write_through(kv: impl KeyValue) {
            kv.set("a", "1").unwrap();
        }
        write_through(&store);
        assert_eq!(store.get("a").as_deref(), Some("1"));
    }
}
