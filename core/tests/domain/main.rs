//! Native tests of the domain core. One test binary, modules by topic.

// A small, fully valid questionnaire built in code, shared by the modules below.
mod fixture;

// Category and dimension levels, coverage, caps, targets, gaps; with property tests.
mod scoring;
// „Was wäre, wenn“: the projection never lowers a level, keeps the cap, changes nothing when empty.
mod scenario;
// Teilbögen: made from the main assessment, checked, conflicts found, merged with provenance, idempotent.
mod parts;
// Ordering of the action plan and the provider list.
mod action_plan;
// Benchmark packs: parsing, suppression, peer-group fallback, quartile position.
mod benchmark;
// Assessment files: export/import identity, bad input, older versions.
mod exchange;
// Figures in files have two decimals at most and read back bit for bit.
mod figures;
// Questionnaire validation: every rule names file, item and problem.
mod validation;
// The shipped questionnaire: valid, complete in both languages, counts as promised.
mod shipped;
// Contribution files: only scores leave the Kommune; stable ids; every bad file named, never a panic.
mod contribution;
// Building packs from contributions: type-7 quartiles, dedup, suppression below n = 5, merging of top size classes.
mod aggregate;
// „Kreisübersicht“: level distribution per category, suppression below five, the training ranking.
mod district;
// The simulated Kommunen behind the shipped example pack: published counts and anchors, reproducible to the byte.
mod synthetic;
// The core and the charts stay free of browser code.
mod architecture;
// Number, percent, size and date formatting and placeholder filling in both languages.
mod formatting;
// Labels of domain values: distinct and complete in both languages; peer-group names.
mod labels;
// Profile and answers: inhabitant parsing, clearing answers, copies for next year, scope pages.
mod assessment;
// „Verlauf“ and the comparison with targets and peers.
mod history;
// The question pages: numbering through the assessment, Kurzcheck scope, typed targets.
mod question_pages;
