//! [`KeyValue`] on the browser's `localStorage`.

use super::key_value::{KeyValue, SaveError};

/// The browser's `localStorage`, asked for afresh on each call: it can be blocked by policy,
/// and `gloo_storage::LocalStorage::raw()` panics then (which is why gloo is not used).
#[derive(Clone, Copy, Debug, Default)]
pub struct LocalStore;

fn raw() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn save_error(e: wasm_bindgen::JsValue) -> SaveError {
    let name = js_sys::Reflect::get(&e, &"name".into()).ok().and_then(|n| n.as_string()).unwrap_or_default();
    if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
        SaveError::Full
    } else {
        SaveError::Other(name)
    }
}

impl KeyValue for LocalStore {
    fn available(&self) -> bool {
        let Some(storage) = raw() else { return false };
        let probe = super::PROBE_KEY;
        let ok = storage.set_item(probe, "1").is_ok();
        let _ = storage.remove_item(probe);
        // A full storage refuses the probe too, but it can still be read: count it as available.
        ok || storage.length().is_ok()
    }

    fn keys(&self) -> Vec<String> {
        let Some(storage) = raw() else { return Vec::new() };
        let n = storage.length().unwrap_or(0);
        (0..n).filter_map(|i| storage.key(i).ok().flatten()).collect()
    }

    fn get(&self, key: &str) -> Option<String> {
        raw()?.get_item(key).ok().flatten()
    }

    fn set(&self, key: &str, value: &str) -> Result<(), SaveError> {
        raw().ok_or(SaveError::Unavailable)?.set_item(key, value).map_err(save_error)
    }

    fn remove(&self, key: &str) {
        if let Some(storage) = raw() {
            let _ = storage.remove_item(key);
        }
    }
}
