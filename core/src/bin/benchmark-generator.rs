//! Generates the example benchmark pack from simulated Kommunen (see `src/domain/synthetic.rs`
//! and `benchmarks/README.md`), and optionally one contribution file per simulated Kommune.
//!
//! Usage:
//!
//! ```text
//! cargo run --release --bin benchmark-generator -- [--seed N] [--pack FILE]
//!     [--contributions DIR] [--invalid N]
//! ```
//!
//! - `--seed N`: seed of the generator (default 20261125, the shipped pack);
//! - `--pack FILE`: where to write the pack (default `benchmarks/beispieldaten.json`);
//! - `--contributions DIR`: also write `beitrag-0001.json` … into DIR;
//! - `--invalid N`: also write N deliberately unreadable files into DIR (`ungueltig-01.json` …),
//!   cycling through: not JSON, wrong format, other questionnaire version, a duplicate.
//!
//! A native tool: it reads the questionnaire's TOML files, which the wasm build cannot.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    native::main()
}

/// Nothing to do in the browser build; `cargo clippy --target wasm32-unknown-unknown` still
/// compiles every binary.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::fs;
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;

    use digikompass_core::domain::contribution::{self, Contribution};
    use digikompass_core::domain::questionnaire::source::load_dir;
    use digikompass_core::domain::synthetic::{self, DEFAULT_SEED};

    const USAGE: &str = "usage: benchmark-generator [--seed N] [--pack FILE] [--contributions DIR] [--invalid N]";

    struct Args {
        seed: u64,
        pack: PathBuf,
        contributions: Option<PathBuf>,
        invalid: usize,
    }

    fn parse_args() -> Result<Args, String> {
        let mut args = Args {
            seed: DEFAULT_SEED,
            pack: PathBuf::from("benchmarks/beispieldaten.json"),
            contributions: None,
            invalid: 0,
        };
        let mut it = std::env::args().skip(1);
        while let Some(flag) = it.next() {
            let mut value = || it.next().ok_or_else(|| format!("{flag} needs a value"));
            match flag.as_str() {
                "--seed" => args.seed = value()?.parse().map_err(|e| format!("--seed: {e}"))?,
                "--pack" => args.pack = PathBuf::from(value()?),
                "--contributions" => args.contributions = Some(PathBuf::from(value()?)),
                "--invalid" => args.invalid = value()?.parse().map_err(|e| format!("--invalid: {e}"))?,
                "-h" | "--help" => return Err(String::new()),
                other => return Err(format!("unknown argument `{other}`")),
            }
        }
        if args.invalid > 0 && args.contributions.is_none() {
            return Err("--invalid needs --contributions DIR".into());
        }
        Ok(args)
    }

    fn write(path: &Path, text: &str) -> Result<(), String> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// The n-th deliberately unreadable file (0-based), built from a valid contribution.
    fn invalid_file(n: usize, valid: &Contribution) -> String {
        match n % 4 {
            0 => "Das ist keine Beitragsdatei.\n".to_string(),
            1 => {
                let mut value = serde_json::to_value(valid).expect("a contribution serializes");
                value["format"] = "digikompass-assessment".into();
                serde_json::to_string_pretty(&value).expect("JSON serializes") + "\n"
            }
            2 => {
                let other = Contribution { questionnaire_version: valid.questionnaire_version + 1, ..valid.clone() };
                contribution::to_json(&other) + "\n"
            }
            _ => contribution::to_json(valid) + "\n",
        }
    }

    fn run(args: &Args) -> Result<(), String> {
        let q = load_dir(Path::new("questionnaires/kommunal")).map_err(|problems| {
            let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
            format!("questionnaires/kommunal is invalid:\n{}", list.join("\n"))
        })?;
        let contributions = synthetic::generate_contributions(&q, args.seed);
        let pack = synthetic::generate_pack(&q, args.seed);
        let text = serde_json::to_string_pretty(&pack).map_err(|e| e.to_string())? + "\n";
        write(&args.pack, &text)?;
        println!(
            "{}: {} groups from {} simulated Kommunen (seed {}), {} bytes",
            args.pack.display(),
            pack.groups.len(),
            contributions.len(),
            args.seed,
            text.len()
        );
        if let Some(dir) = &args.contributions {
            for (i, c) in contributions.iter().enumerate() {
                write(&dir.join(format!("beitrag-{:04}.json", i + 1)), &(contribution::to_json(c) + "\n"))?;
            }
            if let Some(first) = contributions.first() {
                for n in 0..args.invalid {
                    write(&dir.join(format!("ungueltig-{:02}.json", n + 1)), &invalid_file(n, first))?;
                }
            }
            println!("{}: {} contribution files, {} invalid ones", dir.display(), contributions.len(), args.invalid);
        }
        Ok(())
    }

    pub fn main() -> ExitCode {
        let args = match parse_args() {
            Ok(args) => args,
            Err(message) => {
                if !message.is_empty() {
                    eprintln!("error: {message}");
                }
                eprintln!("{USAGE}");
                return ExitCode::from(2);
            }
        };
        match run(&args) {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                eprintln!("error: {message}");
                ExitCode::FAILURE
            }
        }
    }
}
