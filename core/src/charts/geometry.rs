//! Pure geometry and text layout helpers for the charts: radar coordinates, dash patterns
//! and label wrapping. No plotters types here, so everything is testable in isolation.

use std::f64::consts::PI;

/// Level `value` clamped to `0..=max`; NaN (and a non-finite or non-positive `max`) give 0.
pub(crate) fn clamp_level(value: f64, max: f64) -> f64 {
    if !(max.is_finite() && max > 0.0) || value.is_nan() {
        return 0.0;
    }
    value.clamp(0.0, max)
}

/// Point of axis `index` of `count` at `value` on a scale 0..=max; axis 0 points straight up, then clockwise.
///
/// Screen coordinates (y grows downwards). Values are clamped to `0..=max`, NaN is treated as 0.
/// `count == 0` is treated as a single axis; a negative or NaN radius as 0.
pub fn radar_point(index: usize, count: usize, value: f64, max: f64, center: (f64, f64), radius: f64) -> (f64, f64) {
    let count = count.max(1);
    let angle = 2.0 * PI * (index % count) as f64 / count as f64;
    let radius = if radius.is_finite() && radius > 0.0 { radius } else { 0.0 };
    let fraction = if max.is_finite() && max > 0.0 { clamp_level(value, max) / max } else { 0.0 };
    let r = radius * fraction;
    (center.0 + r * angle.sin(), center.1 - r * angle.cos())
}

/// One point per value, axis `i` for `values[i]`; see [`radar_point`].
pub fn radar_points(values: &[f64], max: f64, center: (f64, f64), radius: f64) -> Vec<(f64, f64)> {
    values.iter().enumerate().map(|(i, &v)| radar_point(i, values.len(), v, max, center, radius)).collect()
}

/// Splits a polyline into dashes of length `on` separated by gaps of length `off`.
///
/// Each dash is a polyline of its own (a dash may turn a corner). Invalid patterns (non-positive
/// or non-finite `on`, negative `off`) and absurdly long paths yield the path as one solid piece.
pub(crate) fn dash_segments(points: &[(f64, f64)], on: f64, off: f64) -> Vec<Vec<(f64, f64)>> {
    let finite: Vec<(f64, f64)> = points.iter().copied().filter(|p| p.0.is_finite() && p.1.is_finite()).collect();
    if finite.len() < 2 {
        return Vec::new();
    }
    let total: f64 = finite.windows(2).map(|w| distance(w[0], w[1])).sum();
    let valid = on.is_finite() && on > 0.0 && off.is_finite() && off >= 0.0;
    if !valid || off == 0.0 || total / (on + off) > 10_000.0 {
        return vec![finite];
    }
    let mut dashes = Vec::new();
    let mut drawing = true;
    let mut left = on;
    let mut current = vec![finite[0]];
    for w in finite.windows(2) {
        let (a, b) = (w[0], w[1]);
        let len = distance(a, b);
        let mut t = 0.0;
        while len - t > left {
            t += left;
            let f = t / len;
            let p = (a.0 + (b.0 - a.0) * f, a.1 + (b.1 - a.1) * f);
            if drawing {
                current.push(p);
                dashes.push(std::mem::take(&mut current));
            } else {
                current = vec![p];
            }
            drawing = !drawing;
            left = if drawing { on } else { off };
        }
        left -= len - t;
        if drawing {
            current.push(b);
        }
    }
    if drawing && current.len() > 1 {
        dashes.push(current);
    }
    dashes
}

fn distance(a: (f64, f64), b: (f64, f64)) -> f64 {
    (b.0 - a.0).hypot(b.1 - a.1)
}

fn is_vowel(c: char) -> bool {
    matches!(c.to_lowercase().next().unwrap_or(c), 'a' | 'e' | 'i' | 'o' | 'u' | 'ä' | 'ö' | 'ü' | 'y' | 'é' | 'è')
}

/// Allowed break positions inside a word (break *before* the returned index): after an existing
/// hyphen, and a rough German/English syllable rule — a single consonant between vowels starts the
/// next syllable, of several consonants the last one does ("sch", "ch", "ck", "ph", "th" stay together).
fn break_points(word: &[char]) -> Vec<usize> {
    let mut points = Vec::new();
    let mut last_vowel: Option<usize> = None;
    for (i, &c) in word.iter().enumerate() {
        if c == '-' && i + 1 < word.len() {
            points.push(i + 1);
            last_vowel = None;
            continue;
        }
        if !c.is_alphabetic() {
            last_vowel = None;
            continue;
        }
        if is_vowel(c) {
            if let Some(v) = last_vowel {
                if i > v + 1 {
                    let cluster: String = word[v + 1..i].iter().flat_map(|c| c.to_lowercase()).collect();
                    let keep = if cluster.ends_with("sch") {
                        3
                    } else if ["ch", "ck", "ph", "th"].iter().any(|suffix| cluster.ends_with(suffix)) {
                        2
                    } else {
                        1
                    };
                    let consonants = i - v - 1;
                    points.push(i - keep.min(consonants));
                }
            }
            last_vowel = Some(i);
        }
    }
    points
}

/// Splits a word longer than `max_chars` into pieces of at most `max_chars` characters,
/// each but the last ending with a hyphen.
fn split_word(word: &[char], max_chars: usize) -> Vec<String> {
    let max_chars = max_chars.max(2);
    let breaks = break_points(word);
    let mut pieces = Vec::new();
    let mut start = 0;
    while word.len() - start > max_chars {
        // A piece [start, end) plus an added hyphen must fit; an existing hyphen needs no extra one.
        let fits = |end: usize| {
            let ends_with_hyphen = word[end - 1] == '-';
            end - start + usize::from(!ends_with_hyphen) <= max_chars
        };
        let end = breaks
            .iter()
            .copied()
            .filter(|&b| b >= start + 2 && word.len() - b >= 2 && fits(b))
            .max()
            .unwrap_or(start + max_chars - 1);
        let mut piece: String = word[start..end].iter().collect();
        if word[end - 1] != '-' {
            piece.push('-');
        }
        pieces.push(piece);
        start = end;
    }
    pieces.push(word[start..].iter().collect());
    pieces
}

/// Word-wraps `text` into at most `max_lines` lines of at most `max_chars` characters.
///
/// Over-long words are hyphenated; text beyond the last line is cut and marked with "…".
/// Control characters are dropped and whitespace is collapsed. Empty text gives no lines.
pub(crate) fn wrap_label(text: &str, max_chars: usize, max_lines: usize) -> Vec<String> {
    let max_chars = max_chars.max(2);
    let max_lines = max_lines.max(1);
    let clean: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut current_len = 0usize;
    for word in clean.split_whitespace() {
        let chars: Vec<char> = word.chars().collect();
        if current_len > 0 && current_len + 1 + chars.len() <= max_chars {
            current.push(' ');
            current.push_str(word);
            current_len += 1 + chars.len();
            continue;
        }
        if current_len > 0 {
            lines.push(std::mem::take(&mut current));
        }
        let mut pieces = split_word(&chars, max_chars);
        let last = pieces.pop().unwrap_or_default();
        lines.extend(pieces);
        current_len = last.chars().count();
        current = last;
        if lines.len() > max_lines {
            break;
        }
    }
    if current_len > 0 {
        lines.push(current);
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            let mut kept: String = last.chars().take(max_chars - 1).collect();
            while kept.ends_with(['-', ' ']) {
                kept.pop();
            }
            kept.push('…');
            *last = kept;
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const C: (f64, f64) = (150.0, 120.0);

    fn dist(p: (f64, f64)) -> f64 {
        (p.0 - C.0).hypot(p.1 - C.1)
    }

    /// Clockwise angle from "up" in [0, 2π).
    fn clockwise_angle(p: (f64, f64)) -> f64 {
        let a = (p.0 - C.0).atan2(-(p.1 - C.1));
        if a < 0.0 {
            a + 2.0 * PI
        } else {
            a
        }
    }

    #[test]
    fn axis_zero_points_up_and_axis_one_of_four_points_right() {
        let up = radar_point(0, 4, 4.0, 4.0, C, 100.0);
        assert!((up.0 - 150.0).abs() < 1e-9 && (up.1 - 20.0).abs() < 1e-9, "{up:?}");
        let right = radar_point(1, 4, 2.0, 4.0, C, 100.0);
        assert!((right.0 - 200.0).abs() < 1e-9 && (right.1 - 120.0).abs() < 1e-9, "{right:?}");
        let down = radar_point(2, 4, 4.0, 4.0, C, 100.0);
        assert!((down.1 - 220.0).abs() < 1e-9);
    }

    #[test]
    fn degenerate_inputs_stay_finite() {
        for p in [
            radar_point(0, 0, 2.0, 4.0, C, 100.0),
            radar_point(3, 2, f64::NAN, 4.0, C, 100.0),
            radar_point(1, 4, 2.0, 0.0, C, 100.0),
            radar_point(1, 4, 2.0, f64::NAN, C, f64::NAN),
            radar_point(1, 4, f64::INFINITY, 4.0, C, -5.0),
        ] {
            assert!(p.0.is_finite() && p.1.is_finite(), "{p:?}");
        }
        assert_eq!(radar_point(1, 4, f64::NAN, 4.0, C, 100.0), C);
        assert!(radar_points(&[], 4.0, C, 100.0).is_empty());
    }

    proptest! {
        #[test]
        fn points_lie_within_the_radius(values in prop::collection::vec(-10.0f64..10.0, 0..12), radius in 0.0f64..400.0) {
            let points = radar_points(&values, 4.0, C, radius);
            prop_assert_eq!(points.len(), values.len());
            for p in points {
                prop_assert!(dist(p) <= radius + 1e-9);
            }
        }

        #[test]
        fn max_value_lies_on_the_circle(count in 1usize..16, radius in 1.0f64..400.0, max in 0.5f64..10.0) {
            for i in 0..count {
                let p = radar_point(i, count, max, max, C, radius);
                prop_assert!((dist(p) - radius).abs() < 1e-6);
            }
        }

        #[test]
        fn angles_increase_clockwise_with_the_index(count in 2usize..16, value in 0.1f64..4.0) {
            let points = radar_points(&vec![value; count], 4.0, C, 100.0);
            let angles: Vec<f64> = points.iter().map(|&p| clockwise_angle(p)).collect();
            prop_assert!(angles[0] < 1e-9 || angles[0] > 2.0 * PI - 1e-9);
            for (i, angle) in angles.iter().enumerate().skip(1) {
                let expected = 2.0 * PI * i as f64 / count as f64;
                prop_assert!((angle - expected).abs() < 1e-6, "axis {} at {} not {}", i, angle, expected);
            }
            // right half first (clockwise on screen): axis 1 is right of the centre
            prop_assert!(points[1].0 > C.0 - 1e-9);
        }

        #[test]
        fn values_are_clamped(count in 1usize..10, index in 0usize..10, value in -100.0f64..100.0) {
            let p = radar_point(index, count, value, 4.0, C, 100.0);
            let q = radar_point(index, count, value.clamp(0.0, 4.0), 4.0, C, 100.0);
            prop_assert_eq!(p, q);
            prop_assert_eq!(radar_point(index, count, f64::NAN, 4.0, C, 100.0), C);
            let expected = value.clamp(0.0, 4.0) / 4.0 * 100.0;
            prop_assert!((dist(p) - expected).abs() < 1e-6);
        }

        #[test]
        fn dashes_cover_the_path_in_order(len in 1.0f64..500.0, on in 1.0f64..10.0, off in 1.0f64..10.0) {
            let dashes = dash_segments(&[(0.0, 0.0), (len, 0.0), (len, len)], on, off);
            prop_assert!(!dashes.is_empty());
            let mut last_x = -1.0;
            let mut drawn = 0.0;
            for d in &dashes {
                prop_assert!(d.len() >= 2);
                let l: f64 = d.windows(2).map(|w| distance(w[0], w[1])).sum();
                prop_assert!(l <= on + 1e-6);
                drawn += l;
                let x = d[0].0 + d[0].1;
                prop_assert!(x > last_x);
                last_x = x;
            }
            let total = 2.0 * len;
            prop_assert!(drawn <= total + 1e-6);
            prop_assert!(drawn >= total * on / (on + off) - on - 1e-6);
        }

        #[test]
        fn wrapped_lines_respect_the_limits(text in "\\PC{0,140}", max_chars in 2usize..40, max_lines in 1usize..4) {
            let lines = wrap_label(&text, max_chars, max_lines);
            prop_assert!(lines.len() <= max_lines);
            for line in &lines {
                prop_assert!(line.chars().count() <= max_chars, "{:?} longer than {}", line, max_chars);
                prop_assert!(!line.chars().any(char::is_control));
            }
        }
    }

    #[test]
    fn wrapping_breaks_at_spaces_and_hyphenates_long_words() {
        assert_eq!(wrap_label("Kompetenz & Organisation", 12, 3), ["Kompetenz &", "Organisation"]);
        assert_eq!(wrap_label("Cybersicherheit", 11, 3), ["Cybersi-", "cherheit"]);
        assert_eq!(wrap_label("Souveränität", 8, 3), ["Souverä-", "nität"]);
        assert_eq!(wrap_label("E-Mail-Verwaltung", 8, 3), ["E-Mail-", "Verwal-", "tung"]);
        assert_eq!(wrap_label("  ", 8, 3), Vec::<String>::new());
        assert_eq!(wrap_label("Open Data", 20, 2), ["Open Data"]);
    }

    #[test]
    fn wrapping_truncates_with_an_ellipsis() {
        let lines = wrap_label("eins zwei drei vier fünf sechs sieben", 10, 2);
        assert_eq!(lines, ["eins zwei", "drei vier…"]);
        let long = "Wort ".repeat(30);
        let lines = wrap_label(&long, 16, 3);
        assert_eq!(lines.len(), 3);
        assert!(lines[2].ends_with('…'));
    }

    #[test]
    fn syllable_breaks_look_german() {
        let word: Vec<char> = "Cybersicherheit".chars().collect();
        assert_eq!(break_points(&word), [2, 5, 7, 11]);
        let word: Vec<char> = "Basiskompetenzen".chars().collect();
        let pieces = split_word(&word, 10);
        assert_eq!(pieces, ["Basiskom-", "petenzen"]);
    }
}
