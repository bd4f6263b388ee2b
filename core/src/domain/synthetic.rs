//! The generator of the shipped example pack (PRODUCT.md §5): simulated Kommunen in
//! Baden-Württemberg answer the questionnaire, and their contributions are aggregated like real
//! ones. The result is **synthetic example data, not an official state average**.
//!
//! Pure and deterministic: the same questionnaire and seed give the same pack, bit for bit, on
//! every platform. The generator has its own PRNG ([`SplitMix64`]) so that a crate update never
//! changes the output, and it uses only +, −, ×, ÷ and rounding on floats (no `ln`, `exp` or
//! `cos`, whose last bit may differ between platforms).
//!
//! # What is simulated, and where each number comes from
//!
//! Structure (research notes `domain.md` §1.1–§1.3, computed from the Destatis
//! Gemeindeverzeichnis extract „AuszugGV4QAktuell“, Gebietsstand 31.12.2020, population
//! 31.12.2019; © Statistisches Bundesamt (Destatis), dl-de/by-2-0, own calculation):
//!
//! - **1,101 Gemeinden** by size: < 1,000: 71; 1,000–< 2,000: 106; 2,000–< 5,000: 394;
//!   5,000–< 10,000: 270; 10,000–< 20,000: 156; 20,000–< 50,000: 80; 50,000–< 100,000: 15;
//!   ≥ 100,000: 9 (§1.3). Within a size band, inhabitants are drawn as low + u^k·(high − low)
//!   for a uniform u: k = 1 under 1,000 (from 97, Böllen's size), k = 2 for the middle bands,
//!   k = 3 from 100,000 (up to 640,000), because small Gemeinden outnumber large ones within
//!   a band.
//! - **Types** (§1.2): 9 Stadtkreise (55,185–635,911), 94 Große Kreisstädte (19,760–115,865),
//!   211 other Städte (1,776–20,377), 787 Gemeinden (97–18,451). How they split across the size
//!   bands is an assumption consistent with these totals and ranges (see `BANDS`): 8 of the
//!   9 cities ≥ 100,000 are Stadtkreise and one (Reutlingen) a Große Kreisstadt; Baden-Baden is
//!   the Stadtkreis under 100,000. Within a band, larger Gemeinden are more likely to be Städte.
//!   Inhabitants are then clamped into each type's published range.
//! - **35 Landkreise** (§1.1), 100,000–700,000 inhabitants (so all in size class `ab-50000`).
//! - **270 Verwaltungsverbände**: 114 Gemeindeverwaltungsverbände with 440 member Gemeinden and
//!   156 vereinbarte Verwaltungsgemeinschaften with 471 (§1.2), drawn from the Gemeinden and
//!   Städte (not Stadtkreise or Große Kreisstädte, which leaves 190 verbandsfrei as published).
//!   Each has at least two members; its inhabitants are the members' sum, kept within
//!   3,000–40,000.
//!
//! Answers (assumptions, shaped so that the published national figures of `domain.md` §7 hold
//! roughly):
//!
//! - Each Kommune has a latent maturity on the 0–4 scale: a base rising with size band (1.3 under
//!   1,000 inhabitants, 1.4, 1.55, 1.75, 1.95, 2.2, 2.5, and 2.8 from 100,000; Landkreise 2.3),
//!   plus normal noise (sd 0.5).
//!   Larger Kommunen being further along follows the published size gaps (open data 18 % vs
//!   72 %, Difu/Bertelsmann 2022). A Verwaltungsverband has its members' mean plus 0.2: the
//!   shared administration pools staff.
//! - Each question: „weiß nicht“ with 5 %, „nicht zutreffend“ with 3 %, else the level nearest
//!   to maturity + dimension offset (Cybersicherheit +0.2, Kompetenz 0, Open Source −0.3,
//!   Open Data −0.5) + a fixed per-question offset in ±0.5 (from a hash of its id) + noise
//!   (sd 0.8), kept within 0–4.
//! - Anchored questions instead get levels by rank of that same latent value, so that the
//!   shares match (among the Kommunen that gave a level):
//!   - `cs-isms-concept` ≥ 3 for 35 % (current security concept; Zukunftsradar Digitale Kommune
//!     2024, iit/DStGB, > 1,000 Kommunen);
//!   - `ko-strategy-digitalstrategie` ≥ 3 for 20 % and 1–2 for 31 % (digital strategy; in
//!     work; same source);
//!   - `os-strategy-goal` ≥ 3 for 30 % (OSS strategy; Bitkom Open Source Monitor 2021);
//!   - `od-publication-published` ≥ 3 for 18 % under 20,000 inhabitants and 72 % from 100,000
//!     (Difu/Bertelsmann Stiftung 2022); 45 % in between and for Landkreise (assumption,
//!     interpolated).
//! - Every simulated Kommune answers the full questionnaire in 2026.

use super::aggregate::{self, PackMeta};
use super::assessment::{Assessment, Response};
use super::benchmark::Pack;
use super::contribution::{self, fnv1a64, Contribution};
use super::kommune::Kind;
use super::questionnaire::{Lang, Questionnaire, MAX_LEVEL};
use super::scoring;

pub const DEFAULT_SEED: u64 = 20261125;
/// Year of the simulated assessments.
pub const YEAR: u16 = 2026;
/// The example pack's title, as the pack file carries it (German; see [`pack_texts`]).
pub const TITLE: &str = "Beispieldaten: simulierte Kommunen in Baden-Württemberg";
const TITLE_EN: &str = "Example data: simulated municipalities in Baden-Württemberg";

/// SplitMix64 (Steele, Lea & Flood 2014; constants as in Vigna's reference implementation).
/// Small, fast, and fixed here so the output never changes with a dependency.
#[derive(Clone, Debug)]
pub struct SplitMix64 {
    state: u64,
}

impl SplitMix64 {
    pub fn new(seed: u64) -> SplitMix64 {
        SplitMix64 { state: seed }
    }

    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1), 53 bits.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Uniform in 0..n (Lemire's multiply-shift; n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// Approximately standard normal: the sum of twelve uniforms minus six (Irwin–Hall), which
    /// needs no transcendental function.
    pub fn normal(&mut self) -> f64 {
        (0..12).map(|_| self.unit()).sum::<f64>() - 6.0
    }
}

/// An independent stream for one purpose, derived from the seed and a tag.
fn stream(seed: u64, tag: u64) -> SplitMix64 {
    let mut mixer = SplitMix64::new(seed ^ tag.wrapping_mul(0x9e37_79b9_7f4a_7c15));
    SplitMix64::new(mixer.next_u64())
}

/// A size band of §1.3: lower bound, upper bound (exclusive), how many Gemeinden, how strongly
/// inhabitants lean to the lower end (power of u), and the types from smaller to larger.
struct Band {
    low: u32,
    high: u32,
    power: u8,
    maturity: f64,
    types: &'static [(Kind, usize)],
}

/// The 1,101 Gemeinden. Counts per band from §1.3; types per band an assumption matching the
/// totals of §1.2 (9 / 94 / 211 / 787). Baden-Baden (the Stadtkreis under 100,000) is listed
/// first in its band: it is that band's smallest.
const BANDS: [Band; 8] = [
    Band { low: 97, high: 1_000, power: 1, maturity: 1.3, types: &[(Kind::Gemeinde, 71)] },
    Band { low: 1_000, high: 2_000, power: 2, maturity: 1.4, types: &[(Kind::Gemeinde, 104), (Kind::Stadt, 2)] },
    Band { low: 2_000, high: 5_000, power: 2, maturity: 1.55, types: &[(Kind::Gemeinde, 362), (Kind::Stadt, 32)] },
    Band { low: 5_000, high: 10_000, power: 2, maturity: 1.75, types: &[(Kind::Gemeinde, 190), (Kind::Stadt, 80)] },
    Band {
        low: 10_000,
        high: 20_000,
        power: 2,
        maturity: 1.95,
        types: &[(Kind::Gemeinde, 60), (Kind::Stadt, 95), (Kind::GrosseKreisstadt, 1)],
    },
    Band {
        low: 20_000,
        high: 50_000,
        power: 2,
        maturity: 2.2,
        types: &[(Kind::Stadt, 2), (Kind::GrosseKreisstadt, 78)],
    },
    Band {
        low: 50_000,
        high: 100_000,
        power: 2,
        maturity: 2.5,
        types: &[(Kind::Stadtkreis, 1), (Kind::GrosseKreisstadt, 14)],
    },
    Band {
        low: 100_000,
        high: 640_000,
        power: 3,
        maturity: 2.8,
        types: &[(Kind::GrosseKreisstadt, 1), (Kind::Stadtkreis, 8)],
    },
];

/// Published inhabitant range per type (§1.2), used to clamp the draws.
fn type_range(kind: Kind) -> (u32, u32) {
    match kind {
        Kind::Gemeinde => (97, 18_451),
        Kind::Stadt => (1_776, 20_377),
        Kind::GrosseKreisstadt => (19_760, 115_865),
        Kind::Stadtkreis => (55_185, 635_911),
        Kind::Landkreis => (100_000, 700_000),
        Kind::Verwaltungsverband => (3_000, 40_000),
    }
}

pub const LANDKREISE: usize = 35;
const LANDKREIS_MATURITY: f64 = 2.3;
/// (member Gemeinden, Verbände) of the Gemeindeverwaltungsverbände and of the vereinbarte
/// Verwaltungsgemeinschaften (§1.2).
pub const GVV: (usize, usize) = (440, 114);
pub const VVG: (usize, usize) = (471, 156);
const VERBAND_BONUS: f64 = 0.2;
const MATURITY_SD: f64 = 0.5;
const ANSWER_SD: f64 = 0.8;
const DONT_KNOW: f64 = 0.05;
const NOT_APPLICABLE: f64 = 0.03;

fn dimension_offset(dimension_id: &str) -> f64 {
    match dimension_id {
        "cybersicherheit" => 0.2,
        "open-source" => -0.3,
        "open-data" => -0.5,
        _ => 0.0,
    }
}

/// Shares of levels 0–4 for the anchored questions.
fn anchor(question_id: &str, kind: Kind, inhabitants: u32) -> Option<[f64; 5]> {
    const OPEN_DATA_SMALL: [f64; 5] = [0.45, 0.22, 0.15, 0.13, 0.05]; // ≥ 3: 18 %
    const OPEN_DATA_MIDDLE: [f64; 5] = [0.15, 0.15, 0.25, 0.32, 0.13]; // ≥ 3: 45 %
    const OPEN_DATA_LARGE: [f64; 5] = [0.0, 0.06, 0.22, 0.50, 0.22]; // ≥ 3: 72 %
    match question_id {
        "cs-isms-concept" => Some([0.15, 0.25, 0.25, 0.25, 0.10]),
        "ko-strategy-digitalstrategie" => Some([0.49, 0.16, 0.15, 0.14, 0.06]),
        "os-strategy-goal" => Some([0.25, 0.25, 0.20, 0.22, 0.08]),
        "od-publication-published" => Some(match (kind, inhabitants) {
            (Kind::Landkreis, _) => OPEN_DATA_MIDDLE,
            (_, 0..=19_999) => OPEN_DATA_SMALL,
            (_, 20_000..=99_999) => OPEN_DATA_MIDDLE,
            _ => OPEN_DATA_LARGE,
        }),
        _ => None,
    }
}

/// One simulated Kommune with its complete assessment.
#[derive(Clone, Debug, PartialEq)]
pub struct SimulatedKommune {
    pub kind: Kind,
    pub inhabitants: u32,
    /// Latent maturity on the 0–4 scale.
    pub maturity: f64,
    pub assessment: Assessment,
}

/// A drafted response: „weiß nicht“, „nicht zutreffend“, or the latent value of a level.
#[derive(Clone, Copy)]
enum Draft {
    DontKnow,
    NotApplicable,
    Latent(f64),
}

/// Kommunen that share the same anchor shares: (latent value, unit index) each.
type Stratum = ([f64; 5], Vec<(f64, usize)>);

fn level_of(latent: f64) -> u8 {
    latent.round().clamp(0.0, f64::from(MAX_LEVEL)) as u8
}

fn power(u: f64, p: u8) -> f64 {
    (0..p).fold(1.0, |acc, _| acc * u)
}

/// Structure only: kind, inhabitants and maturity of every simulated Kommune, in a fixed order
/// (Gemeinden by band, Landkreise, Verwaltungsverbände).
fn structure(seed: u64) -> Vec<(Kind, u32, f64)> {
    let mut rng = stream(seed, 1);
    let mut units: Vec<(Kind, u32, f64)> = Vec::new();
    for band in &BANDS {
        let count: usize = band.types.iter().map(|(_, n)| n).sum();
        let span = f64::from(band.high - band.low);
        let mut drawn: Vec<(f64, u32)> = (0..count)
            .map(|_| {
                let inhabitants = band.low + (span * power(rng.unit(), band.power)) as u32;
                // Larger Gemeinden are more likely Städte, but not strictly.
                let key = f64::from(inhabitants) * (0.8 + 0.4 * rng.unit());
                (key, inhabitants)
            })
            .collect();
        drawn.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        let kinds = band.types.iter().flat_map(|&(kind, n)| std::iter::repeat_n(kind, n));
        for ((_, inhabitants), kind) in drawn.into_iter().zip(kinds) {
            let (low, high) = type_range(kind);
            let inhabitants = inhabitants.clamp(low, high).clamp(band.low, band.high - 1);
            units.push((kind, inhabitants, band.maturity + MATURITY_SD * rng.normal()));
        }
    }
    for _ in 0..LANDKREISE {
        let (low, high) = type_range(Kind::Landkreis);
        let inhabitants = low + (f64::from(high - low) * power(rng.unit(), 2)) as u32;
        units.push((Kind::Landkreis, inhabitants, LANDKREIS_MATURITY + MATURITY_SD * rng.normal()));
    }
    // Verwaltungsverbände from Gemeinden and Städte (Fisher–Yates shuffle of the candidates).
    let mut candidates: Vec<usize> =
        (0..units.len()).filter(|&i| matches!(units[i].0, Kind::Gemeinde | Kind::Stadt)).collect();
    for i in (1..candidates.len()).rev() {
        let j = rng.below(i + 1);
        candidates.swap(i, j);
    }
    let mut members = candidates.into_iter();
    for (member_count, verbands) in [GVV, VVG] {
        let mut sizes = vec![2usize; verbands];
        for _ in 0..member_count.saturating_sub(2 * verbands) {
            let k = rng.below(verbands);
            sizes[k] += 1;
        }
        for size in sizes {
            let group: Vec<usize> = members.by_ref().take(size).collect();
            let sum: u32 = group.iter().map(|&i| units[i].1).sum();
            let mean = group.iter().map(|&i| units[i].2).sum::<f64>() / group.len().max(1) as f64;
            let (low, high) = type_range(Kind::Verwaltungsverband);
            units.push((Kind::Verwaltungsverband, sum.clamp(low, high), mean + VERBAND_BONUS));
        }
    }
    units
}

/// All simulated Kommunen with their answers.
pub fn simulate(q: &Questionnaire, seed: u64) -> Vec<SimulatedKommune> {
    let units = structure(seed);
    let questions: Vec<_> = q.questions().collect();
    let offsets: Vec<f64> = questions
        .iter()
        .map(|r| {
            let mut rng = stream(seed, fnv1a64(r.question.id.as_bytes()));
            dimension_offset(&r.dimension.id) + (rng.unit() - 0.5)
        })
        .collect();
    // drafts[unit][question]
    let drafts: Vec<Vec<Draft>> = units
        .iter()
        .enumerate()
        .map(|(index, &(_, _, maturity))| {
            let mut rng = stream(seed, 1_000_000 + index as u64);
            offsets
                .iter()
                .map(|offset| {
                    let (choice, noise) = (rng.unit(), rng.normal());
                    if choice < DONT_KNOW {
                        Draft::DontKnow
                    } else if choice < DONT_KNOW + NOT_APPLICABLE {
                        Draft::NotApplicable
                    } else {
                        Draft::Latent(maturity + offset + ANSWER_SD * noise)
                    }
                })
                .collect()
        })
        .collect();
    let mut levels: Vec<Vec<Option<u8>>> = drafts
        .iter()
        .map(|row| row.iter().map(|d| if let Draft::Latent(v) = d { Some(level_of(*v)) } else { None }).collect())
        .collect();
    // Anchored questions: levels by rank within each stratum (units sharing the same shares).
    for (qi, r) in questions.iter().enumerate() {
        let mut strata: Vec<Stratum> = Vec::new();
        for (ui, &(kind, inhabitants, _)) in units.iter().enumerate() {
            let (Some(shares), Draft::Latent(latent)) = (anchor(&r.question.id, kind, inhabitants), drafts[ui][qi])
            else {
                continue;
            };
            match strata.iter_mut().find(|(s, _)| *s == shares) {
                Some((_, members)) => members.push((latent, ui)),
                None => strata.push((shares, vec![(latent, ui)])),
            }
        }
        for (shares, mut members) in strata {
            members.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            let n = members.len() as f64;
            for (rank, &(_, ui)) in members.iter().enumerate() {
                let position = (rank as f64 + 0.5) / n;
                let mut cumulative = 0.0;
                let mut level = MAX_LEVEL;
                for (l, share) in shares.iter().enumerate() {
                    cumulative += share;
                    if position < cumulative {
                        level = l as u8;
                        break;
                    }
                }
                levels[ui][qi] = Some(level);
            }
        }
    }
    units
        .iter()
        .enumerate()
        .map(|(ui, &(kind, inhabitants, maturity))| {
            let mut assessment = Assessment::new(format!("sim-{seed}-{:04}", ui + 1), q, q.published.clone());
            assessment.profile.kind = Some(kind);
            assessment.profile.inhabitants = Some(inhabitants);
            for (qi, r) in questions.iter().enumerate() {
                let response = match (drafts[ui][qi], levels[ui][qi]) {
                    (Draft::DontKnow, _) => Response::DontKnow,
                    (Draft::NotApplicable, _) => Response::NotApplicable { reason: String::new() },
                    (Draft::Latent(_), level) => Response::Level { level: level.unwrap_or(0) },
                };
                assessment.set_response(&r.question.id, Some(response));
            }
            SimulatedKommune { kind, inhabitants, maturity, assessment }
        })
        .collect()
}

/// One contribution per simulated Kommune, as each would export it.
pub fn generate_contributions(q: &Questionnaire, seed: u64) -> Vec<Contribution> {
    simulate(q, seed)
        .iter()
        .filter_map(|k| {
            let results = scoring::score(q, &k.assessment);
            contribution::from_assessment(q, &k.assessment, &results, YEAR).ok()
        })
        .collect()
}

/// The pack's source text: what the figures are and where every number comes from. The pack
/// file carries the German one; [`pack_texts`] shows the English one in the English UI.
pub fn source_text(seed: u64) -> String {
    source_in(Lang::De, seed)
}

fn source_in(lang: Lang, seed: u64) -> String {
    match lang {
        Lang::De => format!(
            "Synthetische Beispieldaten, kein amtlicher Landesdurchschnitt. Erzeugt vom Projekt DigiKompass \
             mit einem dokumentierten Zufallsgenerator (benchmark-generator, Startwert {seed}): 1.101 Gemeinden \
             Baden-Württembergs mit der echten Verteilung nach Größe und Typ (Datenquelle: Statistisches \
             Bundesamt (Destatis), Gemeindeverzeichnis, Gebietsstand 31.12.2020, Datenlizenz Deutschland – \
             Namensnennung – Version 2.0, eigene Berechnung), dazu 35 Landkreise und 270 Verwaltungsverbände. \
             Die Antworten sind simuliert und an veröffentlichte bundesweite Kennzahlen angelehnt: aktuelles \
             Sicherheitskonzept 35 %, Digitalstrategie 20 % (Zukunftsradar Digitale Kommune 2024), offene Daten \
             18 % der Kommunen unter 20.000 und 72 % ab 100.000 Einwohnern (Difu/Bertelsmann Stiftung 2022), \
             Open-Source-Strategie 30 % (Bitkom Open Source Monitor 2021)."
        ),
        Lang::En => format!(
            "Synthetic example data, not an official state average. Generated by the DigiKompass project \
             with a documented random generator (benchmark-generator, seed {seed}): 1,101 municipalities of \
             Baden-Württemberg with their real distribution by size and type (data source: Federal Statistical \
             Office (Destatis), Gemeindeverzeichnis, territorial status 31 Dec 2020, Data licence Germany – \
             attribution – version 2.0, own calculation), plus 35 rural districts and 270 administrative \
             associations. The answers are simulated and follow published nationwide figures: current security \
             concept 35%, digital strategy 20% (Zukunftsradar Digitale Kommune 2024), open data 18% of \
             municipalities under 20,000 and 72% from 100,000 inhabitants (Difu/Bertelsmann Stiftung 2022), \
             open source strategy 30% (Bitkom Open Source Monitor 2021)."
        ),
    }
}

/// A pack's title and source as shown in `lang`. The example pack this project generates is
/// our text, so it is shown in the reader's language; any other pack's texts were written by
/// whoever built it and are shown as written.
pub fn pack_texts(pack: &Pack, lang: Lang) -> (String, String) {
    let ours = pack.synthetic && pack.title == TITLE && pack.source == source_text(DEFAULT_SEED);
    match (ours, lang) {
        (true, Lang::En) => (TITLE_EN.to_string(), source_in(Lang::En, DEFAULT_SEED)),
        _ => (pack.title.clone(), pack.source.clone()),
    }
}

/// The example pack: [`generate_contributions`] aggregated by [`aggregate::build_pack`].
pub fn generate_pack(q: &Questionnaire, seed: u64) -> Pack {
    let contributions = generate_contributions(q, seed);
    let meta = PackMeta { title: TITLE.into(), source: source_text(seed), date: q.published.clone(), synthetic: true };
    aggregate::build_pack(&contributions, q, meta)
}
