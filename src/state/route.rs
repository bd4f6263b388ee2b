//! Screens and their addresses.
//!
//! Routes live in the URL fragment (`#/ergebnisse`), not the path: the app then runs from any
//! plain static file server, also under a sub-path and without rewrite rules, and a reload
//! on any screen returns to that screen. leptos_router only supports path routing, which needs
//! the server to answer every deep link with `index.html`.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    Start,
    Profile,
    /// Category page, 1-based within the assessment's scope.
    Questions(usize),
    Results,
    Plan,
    Provider,
    Report,
    History,
    Benchmark,
    /// „Kreisübersicht“ from the contributions of the last pack built here.
    District,
    /// „Teilbogen erstellen“: a part of the open assessment for someone else to answer.
    PartCreate,
    /// „Zusammenführen“: the chosen Teilbögen and their conflicts with the open assessment.
    PartMerge,
    Contribution,
    Methodik,
    /// „Begriffe“, optionally opened at one term.
    Begriffe(Option<TermKey>),
    Datenschutz,
    Barrierefreiheit,
    LeichteSprache,
    NotFound,
}

/// A glossary term's id inside a route, held by value so that `Route` stays `Copy`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TermKey {
    bytes: [u8; TermKey::MAX],
    len: u8,
}

impl TermKey {
    const MAX: usize = 32;

    /// A key for a well-formed id (lowercase letters, digits, hyphens; at most 32).
    pub fn new(id: &str) -> Option<TermKey> {
        let ok = !id.is_empty()
            && id.len() <= TermKey::MAX
            && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        ok.then(|| {
            let mut bytes = [0; TermKey::MAX];
            bytes[..id.len()].copy_from_slice(id.as_bytes());
            TermKey { bytes, len: id.len() as u8 }
        })
    }

    pub fn as_str(&self) -> &str {
        // Only ASCII is ever stored (see `new`).
        std::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or_default()
    }
}

impl Route {
    /// Parses a `location.hash` value such as `#/fragen/3`. In-page anchors (`#main`) are not
    /// routes and yield `None`.
    pub fn parse(hash: &str) -> Option<Route> {
        let path = hash.strip_prefix('#').unwrap_or(hash);
        if path.is_empty() || path == "/" {
            return Some(Route::Start);
        }
        let path = path.strip_prefix('/')?;
        let mut parts = path.trim_end_matches('/').split('/');
        let route = match (parts.next(), parts.next(), parts.next()) {
            (Some("profil"), None, None) => Route::Profile,
            (Some("fragen"), Some(n), None) => match n.parse::<usize>() {
                Ok(n) if n >= 1 => Route::Questions(n),
                _ => Route::NotFound,
            },
            (Some("fragen"), None, None) => Route::Questions(1),
            (Some("ergebnisse"), None, None) => Route::Results,
            (Some("massnahmen"), None, None) => Route::Plan,
            (Some("dienstleister"), None, None) => Route::Provider,
            (Some("bericht"), None, None) => Route::Report,
            (Some("verlauf"), None, None) => Route::History,
            (Some("vergleichsdaten"), None, None) => Route::Benchmark,
            (Some("kreisuebersicht"), None, None) => Route::District,
            (Some("teilbogen"), None, None) => Route::PartCreate,
            (Some("zusammenfuehren"), None, None) => Route::PartMerge,
            (Some("beitrag"), None, None) => Route::Contribution,
            (Some("methodik"), None, None) => Route::Methodik,
            (Some("begriffe"), None, None) => Route::Begriffe(None),
            (Some("begriffe"), Some(id), None) => match TermKey::new(id) {
                Some(key) => Route::Begriffe(Some(key)),
                None => Route::NotFound,
            },
            (Some("datenschutz"), None, None) => Route::Datenschutz,
            (Some("barrierefreiheit"), None, None) => Route::Barrierefreiheit,
            (Some("leichte-sprache"), None, None) => Route::LeichteSprache,
            _ => Route::NotFound,
        };
        Some(route)
    }

    pub fn href(self) -> String {
        match self {
            Route::Start => "#/".into(),
            Route::Profile => "#/profil".into(),
            Route::Questions(n) => format!("#/fragen/{n}"),
            Route::Results => "#/ergebnisse".into(),
            Route::Plan => "#/massnahmen".into(),
            Route::Provider => "#/dienstleister".into(),
            Route::Report => "#/bericht".into(),
            Route::History => "#/verlauf".into(),
            Route::Benchmark => "#/vergleichsdaten".into(),
            Route::District => "#/kreisuebersicht".into(),
            Route::PartCreate => "#/teilbogen".into(),
            Route::PartMerge => "#/zusammenfuehren".into(),
            Route::Contribution => "#/beitrag".into(),
            Route::Methodik => "#/methodik".into(),
            Route::Begriffe(None) => "#/begriffe".into(),
            Route::Begriffe(Some(key)) => format!("#/begriffe/{}", key.as_str()),
            Route::Datenschutz => "#/datenschutz".into(),
            Route::Barrierefreiheit => "#/barrierefreiheit".into(),
            Route::LeichteSprache => "#/leichte-sprache".into(),
            Route::NotFound => "#/nicht-gefunden".into(),
        }
    }

    /// Screens that show one assessment and make no sense without one.
    pub fn needs_assessment(self) -> bool {
        matches!(
            self,
            Route::Profile
                | Route::Questions(_)
                | Route::Results
                | Route::Plan
                | Route::Provider
                | Route::Report
                | Route::History
                | Route::PartCreate
                | Route::PartMerge
                | Route::Contribution
        )
    }

    /// Screens that evaluate a whole assessment. A Teilbogen holds only some of the questions,
    /// so it is evaluated in the assessment it is merged into, never on its own.
    pub fn evaluates(self) -> bool {
        matches!(
            self,
            Route::Results | Route::Plan | Route::Provider | Route::Report | Route::History | Route::Contribution
        )
    }
}

#[cfg(test)]
mod tests {
    use super::{Route, TermKey};

    #[test]
    fn every_route_round_trips() {
        for route in [
            Route::Start,
            Route::Profile,
            Route::Questions(1),
            Route::Questions(23),
            Route::Results,
            Route::Plan,
            Route::Provider,
            Route::Report,
            Route::History,
            Route::Benchmark,
            Route::District,
            Route::PartCreate,
            Route::PartMerge,
            Route::Contribution,
            Route::Methodik,
            Route::Begriffe(None),
            Route::Begriffe(TermKey::new("din-spec-27076")),
            Route::Datenschutz,
            Route::Barrierefreiheit,
            Route::LeichteSprache,
        ] {
            assert_eq!(Route::parse(&route.href()), Some(route));
        }
    }

    #[test]
    fn evaluating_screens_need_an_assessment() {
        for route in [Route::Results, Route::Plan, Route::Provider, Route::Report, Route::History, Route::Contribution]
        {
            assert!(route.evaluates() && route.needs_assessment(), "{route:?}");
        }
        for route in [Route::Profile, Route::Questions(1), Route::PartCreate, Route::Start, Route::Benchmark] {
            assert!(!route.evaluates(), "{route:?}");
        }
    }

    #[test]
    fn anchors_and_junk() {
        assert_eq!(Route::parse(""), Some(Route::Start));
        assert_eq!(Route::parse("#main"), None);
        assert_eq!(Route::parse("#/fragen/0"), Some(Route::NotFound));
        assert_eq!(Route::parse("#/fragen/x"), Some(Route::NotFound));
        assert_eq!(Route::parse("#/<script>"), Some(Route::NotFound));
        assert_eq!(Route::parse("#/ergebnisse/"), Some(Route::Results));
        assert_eq!(Route::parse("#/begriffe/GVV"), Some(Route::NotFound), "term ids are lowercase");
        assert_eq!(Route::parse(&format!("#/begriffe/{}", "a".repeat(33))), Some(Route::NotFound));
    }

    #[test]
    fn a_route_is_a_fragment_so_any_static_server_serves_it() {
        assert_eq!(Route::Results.href(), "#/ergebnisse");
        assert!(Route::Questions(3).href().starts_with("#/"), "no path routing: no server rewrites needed");
        assert_eq!(Route::parse("#/fragen"), Some(Route::Questions(1)), "the questions start at page 1");
        assert_eq!(Route::parse("/fragen/2"), Some(Route::Questions(2)), "a hash without its #");
    }

    #[test]
    fn deeper_or_unknown_paths_are_not_found_not_another_page() {
        assert_eq!(Route::parse("#/fragen/2/3"), Some(Route::NotFound));
        assert_eq!(Route::parse("#/Ergebnisse"), Some(Route::NotFound), "fragments are case-sensitive");
        assert_eq!(Route::parse("#/fragen/99999999999999999999999"), Some(Route::NotFound), "no overflow panic");
        assert_eq!(Route::parse("#/fragen/-1"), Some(Route::NotFound));
        assert_eq!(Route::parse("#top"), None, "in-page anchors stay anchors");
    }

    proptest::proptest! {
        #[test]
        fn parsing_any_fragment_never_panics(hash in ".{0,40}") {
            let _ = Route::parse(&hash);
        }

        #[test]
        fn every_question_page_round_trips(n in 1usize..10_000) {
            proptest::prop_assert_eq!(Route::parse(&Route::Questions(n).href()), Some(Route::Questions(n)));
        }
    }
}
