use digikompass_core::domain::assessment::parse_target;
use digikompass_core::domain::figures::round2;
use proptest::prelude::*;

/// serde_json writes the shortest decimal that reads back as the same f64, and reads numbers
/// of up to 15 significant digits exactly without its `float_roundtrip` reader.
fn read_back(x: f64) -> f64 {
    serde_json::from_str(&serde_json::to_string(&x).unwrap()).unwrap()
}

#[test]
fn every_two_decimal_figure_reads_back_bit_for_bit() {
    // Levels 0–4, shares 0–1 and anything a file may hold up to ±1000 with two decimals.
    for n in -100_000..=100_000 {
        let x = f64::from(n) / 100.0;
        assert_eq!(read_back(x).to_bits(), x.to_bits(), "{x}");
        assert_eq!(round2(x).to_bits(), x.to_bits(), "{x}");
    }
}

#[test]
fn every_target_reads_back_bit_for_bit() {
    for typed in ["0", "0,5", "1", "1.5", "2", "2,5", "3", "3.5", "4", "2,26", "3,74"] {
        let t = parse_target(typed).unwrap();
        assert_eq!(read_back(t).to_bits(), t.to_bits(), "{typed}");
    }
}

proptest! {
    #[test]
    fn a_rounded_figure_reads_back_bit_for_bit(x in -1000.0..1000.0f64) {
        let r = round2(x);
        prop_assert_eq!(read_back(r).to_bits(), r.to_bits());
        prop_assert!((r - x).abs() <= 0.005 + 1e-12);
    }

    #[test]
    fn a_file_written_elsewhere_is_read_at_most_a_few_units_off(x in 0.0..=4.0f64) {
        let back = read_back(x);
        prop_assert!((back - x).abs() <= 4.0 * f64::EPSILON * x.max(1.0));
    }
}
