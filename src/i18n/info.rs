//! Information pages: Methodik, Datenschutz, Barrierefreiheit, Leichte Sprache.

texts! {
    pub struct Info {
        methodik_title: "Methodik", "Method";
    }
}
