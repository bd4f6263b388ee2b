use digikompass_core::i18n::{self, Lang};
use proptest::prelude::*;

#[test]
fn decimal_rounds_half_away_from_zero_not_to_even() {
    // `format!("{:.0}", 2.5)` alone would give "2": the pre-rounding is what makes 62,5 % → 63 %.
    assert_eq!(i18n::decimal(Lang::En, 2.5, 0), "3");
    assert_eq!(i18n::decimal(Lang::En, 0.5, 0), "1");
    assert_eq!(i18n::decimal(Lang::En, -2.5, 0), "-3");
    assert_eq!(i18n::decimal(Lang::De, 0.25, 1), "0,3");
    assert_eq!(i18n::decimal(Lang::De, 3.0, 2), "3,00");
}

#[test]
fn decimal_never_shows_a_negative_zero() {
    assert_eq!(i18n::decimal(Lang::De, -0.0, 1), "0,0");
    assert_eq!(i18n::decimal(Lang::En, -0.004, 2), "0.00");
    assert_eq!(i18n::decimal(Lang::En, -0.4, 0), "0");
    // A real negative value keeps its sign.
    assert_eq!(i18n::decimal(Lang::De, -0.06, 1), "-0,1");
}

#[test]
fn decimal_has_no_thousands_separator() {
    assert_eq!(i18n::decimal(Lang::De, 1234.5, 1), "1234,5");
    assert_eq!(i18n::decimal(Lang::En, 1234.5, 1), "1234.5");
    assert_eq!(i18n::decimal(Lang::De, 0.05, 3), "0,050");
    assert_eq!(i18n::decimal(Lang::En, 7.0, 0), "7");
    assert_eq!(i18n::decimal(Lang::De, f64::NAN, 1), "–", "no „NaN“ on a page");
    assert_eq!(i18n::decimal(Lang::De, f64::INFINITY, 1), "–");
}

#[test]
fn german_percent_uses_a_narrow_no_break_space_and_english_none() {
    assert_eq!(i18n::percent(Lang::De, 0.0), "0\u{202f}%");
    assert_eq!(i18n::percent(Lang::De, 100.0), "100\u{202f}%");
    assert_eq!(i18n::percent(Lang::En, 99.5), "100%");
    assert!(!i18n::percent(Lang::De, 50.0).contains(' '), "an ordinary space could break the line before %");
}

#[test]
fn level_percent_agrees_with_the_level_as_shown() {
    // 1.26 is shown as „1,3“; 1.3 of 4 is 32.5 % → 33 %, not 31.5 % → 32 % from the raw value.
    assert_eq!(i18n::level(Lang::De, 1.26), "1,3");
    assert_eq!(i18n::level_percent(Lang::De, 1.26), "33\u{202f}%");
    assert_eq!(i18n::level_percent(Lang::En, 2.0), "50%");
    assert_eq!(i18n::level_percent(Lang::En, 4.0), "100%");
    assert_eq!(i18n::level_percent(Lang::En, 0.0), "0%");
}

#[test]
fn megabytes_uses_binary_megabytes_with_one_decimal() {
    assert_eq!(i18n::megabytes(Lang::De, 5.0 * 1024.0 * 1024.0), "5,0 MB");
    assert_eq!(i18n::megabytes(Lang::En, 2.5 * 1_048_576.0), "2.5 MB");
    assert_eq!(i18n::megabytes(Lang::De, 0.0), "0,0 MB");
}

#[test]
fn german_dates_use_day_month_year_with_leading_zeros_kept() {
    assert_eq!(i18n::date(Lang::De, "2026-01-05"), "05.01.2026");
    assert_eq!(i18n::date(Lang::De, "2027-12-31"), "31.12.2027");
}

#[test]
fn english_dates_name_the_month_and_drop_the_leading_zero_of_the_day() {
    assert_eq!(i18n::date(Lang::En, "2026-01-05"), "5 Jan 2026");
    assert_eq!(i18n::date(Lang::En, "2027-12-31"), "31 Dec 2027");
    assert_eq!(i18n::date(Lang::En, "2026-05-01"), "1 May 2026");
}

#[test]
fn dates_that_are_not_year_month_day_are_shown_as_given() {
    for text in
        ["2026-13-01", "2026-00-10", "26-11-25", "2026-11", "2026-11-25-01", "2026-xx-25", "2026-11-", "25.11.2026"]
    {
        assert_eq!(i18n::date(Lang::De, text), text, "German: {text}");
        assert_eq!(i18n::date(Lang::En, text), text, "English: {text}");
    }
}

#[test]
fn impossible_days_and_non_numeric_years_are_shown_as_given() {
    for text in ["2026-11-00", "2026-11-32", "2026-02-99", "abcd-11-25"] {
        assert_eq!(i18n::date(Lang::De, text), text, "German: {text}");
        assert_eq!(i18n::date(Lang::En, text), text, "English: {text}");
    }
}

#[test]
fn fill_replaces_every_occurrence_and_adjacent_placeholders() {
    assert_eq!(i18n::fill("{n}/{n}", &[("n", "3")]), "3/3");
    assert_eq!(i18n::fill("{a}{b}{a}", &[("a", "x"), ("b", "y")]), "xyx");
    assert_eq!(i18n::fill("", &[("a", "x")]), "");
    assert_eq!(i18n::fill("ohne Platzhalter", &[]), "ohne Platzhalter");
}

#[test]
fn fill_keeps_unclosed_braces_and_unknown_names_as_written() {
    assert_eq!(i18n::fill("{a", &[("a", "x")]), "{a");
    assert_eq!(i18n::fill("}{a}{", &[("a", "x")]), "}x{");
    assert_eq!(i18n::fill("{}", &[("a", "x")]), "{}");
    // A value for the empty name fills `{}`: names are matched exactly, nothing more.
    assert_eq!(i18n::fill("{}", &[("", "leer")]), "leer");
    assert_eq!(i18n::fill("{{a}}", &[("a", "x")]), "{x}");
}

#[test]
fn fill_handles_non_ascii_text_around_placeholders() {
    assert_eq!(i18n::fill("„{name}“ – {n} Maßnahmen", &[("name", "Öhringen"), ("n", "5")]), "„Öhringen“ – 5 Maßnahmen");
}

#[test]
fn other_switches_the_language_and_codes_are_html_lang_values() {
    for lang in [Lang::De, Lang::En] {
        assert_ne!(i18n::other(lang), lang);
        assert_eq!(i18n::other(i18n::other(lang)), lang);
        assert_eq!(i18n::texts(lang).lang, lang);
    }
    assert_eq!(i18n::code(Lang::De), "de");
    assert_eq!(i18n::code(Lang::En), "en");
}

proptest! {
    #[test]
    fn decimal_shows_exactly_the_requested_digits(value in -1_000.0f64..1_000.0, digits in 0usize..4) {
        let s = i18n::decimal(Lang::En, value, digits);
        match s.split_once('.') {
            Some((_, fraction)) => prop_assert_eq!(fraction.len(), digits),
            None => prop_assert_eq!(digits, 0),
        }
        let back: f64 = s.parse().unwrap();
        prop_assert!((back - value).abs() <= 0.5 * 10f64.powi(-(digits as i32)) + 1e-9, "{} from {}", s, value);
    }

    #[test]
    fn german_and_english_levels_differ_only_in_the_decimal_separator(value in 0.0f64..=4.0) {
        let (de, en) = (i18n::level(Lang::De, value), i18n::level(Lang::En, value));
        prop_assert_eq!(de.replace(',', "."), en.clone());
        prop_assert!(!de.contains('.') && !en.contains(','));
    }

    #[test]
    fn valid_iso_dates_keep_their_year_and_day(y in 1000u32..10000, m in 1u32..=12, d in 1u32..=28) {
        let iso = format!("{y:04}-{m:02}-{d:02}");
        prop_assert_eq!(i18n::date(Lang::De, &iso), format!("{d:02}.{m:02}.{y}"));
        let en = i18n::date(Lang::En, &iso);
        prop_assert!(en.starts_with(&format!("{d} ")) && en.ends_with(&format!(" {y}")), "{}", en);
    }
}

#[test]
fn counts_group_thousands_by_language() {
    use digikompass_core::i18n::count;
    assert_eq!(count(Lang::De, 0), "0");
    assert_eq!(count(Lang::De, 999), "999");
    assert_eq!(count(Lang::De, 1041), "1.041");
    assert_eq!(count(Lang::En, 1_234_567), "1,234,567");
}
