//! The question pages: numbering through the whole assessment, scope, and typed targets.

use digikompass_core::content;
use digikompass_core::domain::assessment::{categories_in_scope, parse_target, question_page, Scope, Walk};

#[test]
fn questions_are_numbered_through_all_pages_without_gaps() {
    let q = content::questionnaire();
    for scope in [Scope::Full, Scope::Kurzcheck] {
        let pages = categories_in_scope(q, &scope.into()).len();
        let numbers: Vec<usize> = (1..=pages)
            .flat_map(|n| question_page(q, &scope.into(), n).expect("a page").questions.into_iter().map(|(i, _)| i))
            .collect();
        let expected: Vec<usize> = (1..=numbers.len()).collect();
        assert_eq!(numbers, expected, "{scope:?}");
        let in_scope = q.questions().filter(|at| scope.includes(at.question)).count();
        assert_eq!(numbers.len(), in_scope, "{scope:?}: every question in scope appears once");
    }
}

#[test]
fn a_page_knows_its_category_and_the_page_count() {
    let q = content::questionnaire();
    let first = question_page(q, &Scope::Full.into(), 1).unwrap();
    let (dimension, category) = q.categories().next().unwrap();
    assert_eq!(
        (first.dimension.id.as_str(), first.category.id.as_str()),
        (dimension.id.as_str(), category.id.as_str())
    );
    assert_eq!(first.pages, q.categories().count());
    assert_eq!(first.questions[0].0, 1);
}

#[test]
fn the_kurzcheck_shows_only_its_questions() {
    let q = content::questionnaire();
    let pages = categories_in_scope(q, &Scope::Kurzcheck.into()).len();
    let kurz: usize = (1..=pages).map(|n| question_page(q, &Scope::Kurzcheck.into(), n).unwrap().questions.len()).sum();
    assert!(kurz < q.questions().count(), "the Kurzcheck is shorter than the full check");
    for n in 1..=pages {
        let page = question_page(q, &Scope::Kurzcheck.into(), n).unwrap();
        assert!(!page.questions.is_empty());
        assert!(page.questions.iter().all(|(_, question)| question.kurzcheck));
    }
}

#[test]
fn there_is_no_page_zero_and_none_beyond_the_last() {
    let q = content::questionnaire();
    assert_eq!(question_page(q, &Scope::Full.into(), 0), None);
    assert_eq!(question_page(q, &Scope::Full.into(), q.categories().count() + 1), None);
    assert!(question_page(q, &Scope::Full.into(), q.categories().count()).is_some());
}

#[test]
fn targets_are_read_as_typed_and_kept_on_the_scale() {
    assert_eq!(parse_target("2,5"), Some(2.5));
    assert_eq!(parse_target(" 3.0 "), Some(3.0));
    assert_eq!(parse_target("2,3"), Some(2.5), "half steps");
    assert_eq!(parse_target("2,2"), Some(2.0));
    assert_eq!(parse_target("7"), Some(4.0));
    assert_eq!(parse_target("-1"), Some(0.0));
    assert_eq!(parse_target("zwei"), None);
    assert_eq!(parse_target(""), None);
    assert_eq!(parse_target("NaN"), None);
    assert_eq!(parse_target("inf"), None);
}

proptest::proptest! {
    #[test]
    fn a_parsed_target_is_a_half_step_between_0_and_4(text in "-?[0-9]{0,3}([.,][0-9]{0,3})?") {
        if let Some(t) = parse_target(&text) {
            proptest::prop_assert!((0.0..=4.0).contains(&t));
            proptest::prop_assert_eq!((t * 2.0).fract(), 0.0);
        }
    }
}

#[test]
fn a_teilbogen_walks_only_through_its_categories() {
    let q = content::questionnaire();
    let chosen: Vec<String> = q.categories().skip(2).step_by(5).map(|(_, c)| c.id.clone()).collect();
    let walk = Walk { scope: Scope::Full, only: Some(chosen.clone()) };
    let pages: Vec<String> = categories_in_scope(q, &walk).into_iter().map(|(_, c)| c.id.clone()).collect();
    assert_eq!(pages, chosen);
    let last = question_page(q, &walk, pages.len()).unwrap();
    assert_eq!(last.pages, chosen.len());
    assert!(question_page(q, &walk, pages.len() + 1).is_none());
}
