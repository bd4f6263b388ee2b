//! Checks questionnaire files and names every problem with file, item and reason.
//!
//! Usage: `cargo run --bin questionnaire-check -- questionnaires/kommunal`
//!    or: `cargo run --bin questionnaire-check -- questionnaires/kommunal/open-data.toml`

use std::path::Path;
use std::process::ExitCode;

use digikompass_core::domain::questionnaire::source::{check_dimension_file, load_dir};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() {
        eprintln!("usage: questionnaire-check <questionnaire directory | dimension .toml file>...");
        return ExitCode::from(2);
    }
    let mut failed = false;
    for arg in args {
        let path = Path::new(&arg);
        let problems = if path.is_dir() {
            match load_dir(path) {
                Ok(q) => {
                    println!("{arg}: valid ({} dimensions, {} questions)", q.dimensions.len(), q.question_count());
                    Vec::new()
                }
                Err(problems) => problems,
            }
        } else {
            check_dimension_file(path)
        };
        if problems.is_empty() && !path.is_dir() {
            println!("{arg}: valid");
        }
        for problem in &problems {
            eprintln!("error: {problem}");
        }
        failed |= !problems.is_empty();
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
