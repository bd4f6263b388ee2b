use std::path::Path;
use std::sync::OnceLock;

use digikompass_core::content;
use digikompass_core::domain::aggregate::{build_pack, collect, PackMeta};
use digikompass_core::domain::assessment::Response;
use digikompass_core::domain::benchmark::{Pack, PeerGroup, MIN_N};
use digikompass_core::domain::contribution::to_json;
use digikompass_core::domain::kommune::{Kind, SizeClass};
use digikompass_core::domain::questionnaire::source::load_dir;
use digikompass_core::domain::questionnaire::{Lang, Questionnaire};
use digikompass_core::domain::synthetic::{
    generate_contributions, generate_pack, pack_texts, simulate, source_text, SimulatedKommune, SplitMix64,
    DEFAULT_SEED, TITLE,
};

const SHIPPED_PACK: &str = include_str!("../../../benchmarks/beispieldaten.json");

fn shipped() -> &'static Questionnaire {
    static Q: OnceLock<Questionnaire> = OnceLock::new();
    Q.get_or_init(|| load_dir(Path::new("../questionnaires/kommunal")).expect("the shipped questionnaire is valid"))
}

fn simulated() -> &'static [SimulatedKommune] {
    static S: OnceLock<Vec<SimulatedKommune>> = OnceLock::new();
    S.get_or_init(|| simulate(shipped(), DEFAULT_SEED))
}

fn generated_pack() -> &'static Pack {
    static P: OnceLock<Pack> = OnceLock::new();
    P.get_or_init(|| generate_pack(shipped(), DEFAULT_SEED))
}

#[test]
fn splitmix64_matches_the_reference_sequence() {
    // Vigna's splitmix64.c, seed 1234567.
    let mut rng = SplitMix64::new(1234567);
    let first: Vec<u64> = (0..5).map(|_| rng.next_u64()).collect();
    assert_eq!(
        first,
        [6457827717110365317, 3203168211198807973, 9817491932198370423, 4593380528125082431, 16408922859458223821]
    );
    let mut rng = SplitMix64::new(1);
    for _ in 0..1000 {
        let u = rng.unit();
        assert!((0.0..1.0).contains(&u));
        assert!(rng.below(7) < 7);
    }
}

#[test]
fn the_shipped_pack_is_exactly_what_the_generator_makes() {
    let parsed = Pack::parse(SHIPPED_PACK, shipped()).expect("benchmarks/beispieldaten.json parses");
    assert_eq!(&parsed, generated_pack(), "regenerate with: cargo run --release --bin benchmark-generator");
    // Byte for byte, as the generator writes it.
    let text = serde_json::to_string_pretty(generated_pack()).unwrap() + "\n";
    assert!(text == SHIPPED_PACK, "benchmarks/beispieldaten.json differs from the generator's output");
}

#[test]
fn the_embedded_pack_is_synthetic_and_labelled() {
    let pack = content::default_pack().expect("the embedded pack parses");
    assert!(pack.synthetic);
    assert_eq!(pack.title, TITLE);
    assert_eq!(pack.source, source_text(DEFAULT_SEED));
    // Our own text in the reader's language; a pack someone else built as written.
    assert_eq!(pack_texts(&pack, Lang::De), (pack.title.clone(), pack.source.clone()));
    let (title, source) = pack_texts(&pack, Lang::En);
    assert_eq!(title, "Example data: simulated municipalities in Baden-Württemberg");
    assert!(
        source.starts_with("Synthetic example data, not an official state average.")
            && source.contains(&DEFAULT_SEED.to_string()),
        "{source}"
    );
    assert!(!source.contains("Gemeinden") && !source.contains(" % "), "{source}");
    let mut theirs = pack.clone();
    theirs.source = "Landratsamt Musterkreis, Beiträge 2026".into();
    theirs.synthetic = false;
    assert_eq!(pack_texts(&theirs, Lang::En), (theirs.title.clone(), theirs.source.clone()));
    assert!(pack.source.contains("kein amtlicher Landesdurchschnitt"));
    assert_eq!(pack.date, shipped().published);
    assert_eq!(
        (pack.questionnaire_id.as_str(), pack.questionnaire_version),
        (shipped().id.as_str(), shipped().version)
    );
}

#[test]
fn the_shipped_pack_covers_every_size_class_and_kind() {
    let pack = generated_pack();
    let all = pack.group(PeerGroup::ALL).unwrap();
    assert_eq!(all.n, 1_101 + 35 + 270);
    for size_class in SizeClass::ALL {
        let g = pack.group(PeerGroup { kind: None, size_class: Some(size_class) });
        assert!(g.is_some_and(|g| g.n >= MIN_N), "no group for {size_class:?}");
    }
    for kind in Kind::ALL {
        let g = pack.group(PeerGroup { kind: Some(kind), size_class: None });
        assert!(g.is_some_and(|g| g.n >= MIN_N), "no group for {kind:?}");
        // Every kind's own size classes find figures of that kind (merged or not), except
        // where a class below the kind's top class is too small.
        let classes = simulated().iter().filter(|k| k.kind == kind).map(|k| SizeClass::for_inhabitants(k.inhabitants));
        let top = classes.max().unwrap();
        assert!(pack.best_group(Some(kind), Some(top)).is_some_and(|g| g.group.kind == Some(kind)));
    }
    for g in &pack.groups {
        assert!(g.n >= MIN_N, "{}", g.group.key());
        for (id, s) in g.dimensions.iter().chain(&g.categories) {
            assert!(s.n >= MIN_N, "{}: {id}", g.group.key());
        }
        // The shipped questionnaire: every dimension and category has figures.
        assert_eq!(g.dimensions.len(), shipped().dimensions.len());
        assert_eq!(g.categories.len(), shipped().categories().count());
    }
}

#[test]
fn the_structure_matches_the_published_counts() {
    let sim = simulated();
    let gemeinden: Vec<&SimulatedKommune> =
        sim.iter().filter(|k| !matches!(k.kind, Kind::Landkreis | Kind::Verwaltungsverband)).collect();
    assert_eq!(gemeinden.len(), 1_101);
    let bands = [0, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000, u32::MAX];
    let per_band: Vec<usize> =
        bands.windows(2).map(|w| gemeinden.iter().filter(|k| (w[0]..w[1]).contains(&k.inhabitants)).count()).collect();
    assert_eq!(per_band, [71, 106, 394, 270, 156, 80, 15, 9]);
    let count = |kind| sim.iter().filter(|k| k.kind == kind).count();
    assert_eq!(
        [
            Kind::Stadtkreis,
            Kind::GrosseKreisstadt,
            Kind::Stadt,
            Kind::Gemeinde,
            Kind::Landkreis,
            Kind::Verwaltungsverband
        ]
        .map(count),
        [9, 94, 211, 787, 35, 270]
    );
    let range = |kind| {
        let sizes = sim.iter().filter(|k| k.kind == kind).map(|k| k.inhabitants);
        (sizes.clone().min().unwrap(), sizes.max().unwrap())
    };
    let within = |(low, high): (u32, u32), (min, max): (u32, u32)| min <= low && high <= max;
    assert!(within(range(Kind::Stadtkreis), (55_185, 635_911)), "{:?}", range(Kind::Stadtkreis));
    assert!(within(range(Kind::GrosseKreisstadt), (19_760, 115_865)), "{:?}", range(Kind::GrosseKreisstadt));
    assert!(within(range(Kind::Stadt), (1_776, 20_377)), "{:?}", range(Kind::Stadt));
    assert!(within(range(Kind::Gemeinde), (97, 18_451)), "{:?}", range(Kind::Gemeinde));
    assert!(within(range(Kind::Landkreis), (100_000, 700_000)), "{:?}", range(Kind::Landkreis));
    assert!(within(range(Kind::Verwaltungsverband), (3_000, 40_000)), "{:?}", range(Kind::Verwaltungsverband));
    // Larger Kommunen are further along on average.
    let mean = |class: SizeClass| {
        let m: Vec<f64> = gemeinden
            .iter()
            .filter(|k| SizeClass::for_inhabitants(k.inhabitants) == class)
            .map(|k| k.maturity)
            .collect();
        m.iter().sum::<f64>() / m.len() as f64
    };
    assert!(SizeClass::ALL.windows(2).all(|w| mean(w[0]) < mean(w[1])));
}

/// Share of Kommunen matching `filter` whose level on `question` satisfies `wanted`, among
/// those that gave a level.
fn share(question: &str, filter: impl Fn(&SimulatedKommune) -> bool, wanted: impl Fn(u8) -> bool) -> f64 {
    let levels: Vec<u8> = simulated()
        .iter()
        .filter(|k| filter(k))
        .filter_map(|k| match k.assessment.response(question) {
            Some(Response::Level { level }) => Some(*level),
            _ => None,
        })
        .collect();
    levels.iter().filter(|l| wanted(**l)).count() as f64 / levels.len() as f64
}

#[test]
fn published_anchors_hold_roughly() {
    let any = |_: &SimulatedKommune| true;
    let near = |value: f64, target: f64| (value - target).abs() <= 0.03;
    let isms = share("cs-isms-concept", any, |l| l >= 3);
    assert!(near(isms, 0.35), "security concept: {isms}");
    let strategy = share("ko-strategy-digitalstrategie", any, |l| l >= 3);
    let in_work = share("ko-strategy-digitalstrategie", any, |l| (1..=2).contains(&l));
    assert!(near(strategy, 0.20) && near(in_work, 0.31), "digital strategy: {strategy}, {in_work}");
    let oss = share("os-strategy-goal", any, |l| l >= 3);
    assert!(near(oss, 0.30), "OSS strategy: {oss}");
    let municipal = |k: &SimulatedKommune| k.kind != Kind::Landkreis;
    let small = share("od-publication-published", |k| municipal(k) && k.inhabitants < 20_000, |l| l >= 3);
    let large = share("od-publication-published", |k| municipal(k) && k.inhabitants >= 100_000, |l| l >= 3);
    assert!(near(small, 0.18), "open data, small: {small}");
    assert!((0.55..=0.9).contains(&large), "open data, ≥ 100,000: {large}");

    let responses: Vec<&Response> =
        simulated().iter().flat_map(|k| k.assessment.answers.values().filter_map(|a| a.response.as_ref())).collect();
    let rate = |f: fn(&Response) -> bool| responses.iter().filter(|r| f(r)).count() as f64 / responses.len() as f64;
    let dont_know = rate(|r| matches!(r, Response::DontKnow));
    let not_applicable = rate(|r| matches!(r, Response::NotApplicable { .. }));
    assert!((0.045..=0.055).contains(&dont_know), "weiß nicht: {dont_know}");
    assert!((0.025..=0.035).contains(&not_applicable), "nicht zutreffend: {not_applicable}");
    assert_eq!(responses.len(), simulated().len() * shipped().question_count());
}

#[test]
fn the_generator_is_deterministic_per_seed() {
    let q = shipped();
    let a = generate_contributions(q, 7);
    assert_eq!(a, generate_contributions(q, 7));
    assert_ne!(a, generate_contributions(q, 8));
    assert_eq!(a.len(), 1_406);
    assert_ne!(generate_pack(q, 7), *generated_pack());
    // Simulated assessments carry no names.
    assert!(simulated().iter().all(|k| k.assessment.profile.name.is_empty()));
}

#[test]
fn exported_files_aggregate_to_the_same_pack() {
    // The coordinator's path: one file per Kommune, read back, deduplicated, aggregated.
    let q = shipped();
    let contributions = generate_contributions(q, DEFAULT_SEED);
    let texts: Vec<(String, String)> =
        contributions.iter().enumerate().map(|(i, c)| (format!("beitrag-{:04}.json", i + 1), to_json(c))).collect();
    let mut files: Vec<(&str, &str)> = texts.iter().map(|(n, t)| (n.as_str(), t.as_str())).collect();
    files.push(("doppelt.json", texts[0].1.as_str()));
    let collected = collect(files, q);
    assert_eq!(collected.accepted.len(), 1_406);
    assert_eq!(collected.skipped.len(), 1);
    let meta =
        PackMeta { title: TITLE.into(), source: source_text(DEFAULT_SEED), date: q.published.clone(), synthetic: true };
    assert_eq!(&build_pack(&collected.contributions(), q, meta), generated_pack());
}
