//! Who is assessing: the kind of Kommune and its size class.
//!
//! Size classes follow the official statistics of Baden-Württemberg (Statistisches Landesamt,
//! Destatis Gemeindeverzeichnis), with everything from 50,000 inhabitants merged: only 24
//! Gemeinden are that large, so finer classes would single out individual cities in a benchmark.

use serde::{Deserialize, Serialize};

/// „Art der Kommune“.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    Gemeinde,
    Stadt,
    GrosseKreisstadt,
    Stadtkreis,
    Landkreis,
    /// Gemeindeverwaltungsverband (GVV) or vereinbarte Verwaltungsgemeinschaft (VVG).
    Verwaltungsverband,
}

impl Kind {
    pub const ALL: [Kind; 6] = [
        Kind::Gemeinde,
        Kind::Stadt,
        Kind::GrosseKreisstadt,
        Kind::Stadtkreis,
        Kind::Landkreis,
        Kind::Verwaltungsverband,
    ];

    /// Stable identifier used in files (same as the serde name).
    pub fn id(self) -> &'static str {
        match self {
            Kind::Gemeinde => "gemeinde",
            Kind::Stadt => "stadt",
            Kind::GrosseKreisstadt => "grosse-kreisstadt",
            Kind::Stadtkreis => "stadtkreis",
            Kind::Landkreis => "landkreis",
            Kind::Verwaltungsverband => "verwaltungsverband",
        }
    }

    pub fn from_id(id: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.id() == id)
    }
}

/// Size class by inhabitants.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum SizeClass {
    #[serde(rename = "unter-5000")]
    Unter5000,
    #[serde(rename = "5000-10000")]
    Bis10000,
    #[serde(rename = "10000-20000")]
    Bis20000,
    #[serde(rename = "20000-50000")]
    Bis50000,
    #[serde(rename = "ab-50000")]
    Ab50000,
}

impl SizeClass {
    pub const ALL: [SizeClass; 5] =
        [SizeClass::Unter5000, SizeClass::Bis10000, SizeClass::Bis20000, SizeClass::Bis50000, SizeClass::Ab50000];

    pub fn for_inhabitants(inhabitants: u32) -> SizeClass {
        match inhabitants {
            0..=4_999 => SizeClass::Unter5000,
            5_000..=9_999 => SizeClass::Bis10000,
            10_000..=19_999 => SizeClass::Bis20000,
            20_000..=49_999 => SizeClass::Bis50000,
            _ => SizeClass::Ab50000,
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            SizeClass::Unter5000 => "unter-5000",
            SizeClass::Bis10000 => "5000-10000",
            SizeClass::Bis20000 => "10000-20000",
            SizeClass::Bis50000 => "20000-50000",
            SizeClass::Ab50000 => "ab-50000",
        }
    }

    pub fn from_id(id: &str) -> Option<SizeClass> {
        SizeClass::ALL.into_iter().find(|s| s.id() == id)
    }

    /// Inclusive lower and exclusive upper bound (None = open-ended).
    pub fn bounds(self) -> (u32, Option<u32>) {
        match self {
            SizeClass::Unter5000 => (0, Some(5_000)),
            SizeClass::Bis10000 => (5_000, Some(10_000)),
            SizeClass::Bis20000 => (10_000, Some(20_000)),
            SizeClass::Bis50000 => (20_000, Some(50_000)),
            SizeClass::Ab50000 => (50_000, None),
        }
    }
}

/// Amtlicher Gemeindeschlüssel: 8 digits; Baden-Württemberg begins with 08.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgsProblem {
    NotEightDigits,
    NotBadenWuerttemberg,
}

pub fn check_ags(ags: &str) -> Result<(), AgsProblem> {
    let ags = ags.trim();
    if ags.len() != 8 || !ags.bytes().all(|b| b.is_ascii_digit()) {
        return Err(AgsProblem::NotEightDigits);
    }
    if !ags.starts_with("08") {
        return Err(AgsProblem::NotBadenWuerttemberg);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn size_class_boundaries() {
        assert_eq!(SizeClass::for_inhabitants(92), SizeClass::Unter5000);
        assert_eq!(SizeClass::for_inhabitants(4_999), SizeClass::Unter5000);
        assert_eq!(SizeClass::for_inhabitants(5_000), SizeClass::Bis10000);
        assert_eq!(SizeClass::for_inhabitants(19_999), SizeClass::Bis20000);
        assert_eq!(SizeClass::for_inhabitants(50_000), SizeClass::Ab50000);
        for class in SizeClass::ALL {
            let (low, high) = class.bounds();
            assert_eq!(SizeClass::for_inhabitants(low), class);
            if let Some(high) = high {
                assert_eq!(SizeClass::for_inhabitants(high - 1), class);
            }
            assert_eq!(SizeClass::from_id(class.id()), Some(class));
        }
    }

    #[test]
    fn ids_match_serde_names() {
        for kind in Kind::ALL {
            assert_eq!(serde_json::to_string(&kind).unwrap(), format!("\"{}\"", kind.id()));
        }
        for class in SizeClass::ALL {
            assert_eq!(serde_json::to_string(&class).unwrap(), format!("\"{}\"", class.id()));
        }
    }

    #[test]
    fn ags_validation() {
        assert_eq!(check_ags("08111000"), Ok(()));
        assert_eq!(check_ags(" 08336010 "), Ok(()));
        assert_eq!(check_ags("0811100"), Err(AgsProblem::NotEightDigits));
        assert_eq!(check_ags("08a11000"), Err(AgsProblem::NotEightDigits));
        assert_eq!(check_ags("09162000"), Err(AgsProblem::NotBadenWuerttemberg));
    }

    #[test]
    fn every_upper_boundary_starts_the_next_class() {
        let cases = [
            (0, SizeClass::Unter5000),
            (9_999, SizeClass::Bis10000),
            (10_000, SizeClass::Bis20000),
            (20_000, SizeClass::Bis50000),
            (49_999, SizeClass::Bis50000),
            (u32::MAX, SizeClass::Ab50000),
        ];
        for (inhabitants, class) in cases {
            assert_eq!(SizeClass::for_inhabitants(inhabitants), class, "{inhabitants}");
        }
        // The bounds tile the whole range: each class ends where the next begins.
        for pair in SizeClass::ALL.windows(2) {
            assert_eq!(pair[0].bounds().1, Some(pair[1].bounds().0));
        }
        assert_eq!(SizeClass::Ab50000.bounds().1, None);
    }

    #[test]
    fn ids_round_trip_and_unknown_ids_are_refused() {
        for kind in Kind::ALL {
            assert_eq!(Kind::from_id(kind.id()), Some(kind));
        }
        for id in ["", "Gemeinde", "grosse_kreisstadt", "kreis"] {
            assert_eq!(Kind::from_id(id), None, "{id:?}");
        }
        for id in ["", "unter5000", "50000+", "Ab-50000"] {
            assert_eq!(SizeClass::from_id(id), None, "{id:?}");
        }
    }

    #[test]
    fn ags_needs_exactly_eight_ascii_digits() {
        // Length is checked in bytes; non-ASCII digits and inner spaces are not digits (outer ones are trimmed).
        for ags in ["", "081110000", "0811 000", "0811\u{a0}1000", "٠٨١١١٠٠٠", "-8111000"] {
            assert_eq!(check_ags(ags), Err(AgsProblem::NotEightDigits), "{ags:?}");
        }
        // Shape is checked before the state, so a wrong length is never reported as „not BW“.
        assert_eq!(check_ags("0911"), Err(AgsProblem::NotEightDigits));
        assert_eq!(check_ags("80111000"), Err(AgsProblem::NotBadenWuerttemberg));
    }
}
