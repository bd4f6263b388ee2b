//! The scenario's table and sentences for the shipped questionnaire.

use super::*;
use crate::content;

use crate::domain::scoring::score;

#[test]
fn a_scenario_says_what_it_changes_and_what_it_costs() {
    let q = content::questionnaire();
    let mut a = Assessment::new("s".into(), q, "2026-12-02".into());
    for at in q.questions() {
        a.set_response(&at.question.id, Some(Response::Level { level: 2 }));
    }
    // The MFA question is critical: at 0 it caps Cybersicherheit at 1,0.
    a.set_response("cs-identity-mfa-remote", Some(Response::Level { level: 0 }));
    let t = i18n::texts(Lang::De);
    let now = score(q, &a);
    assert_eq!(scenario(t, Lang::De, q, &a, &now, None), None, "no scenario, no view");
    a.scenario.insert("cs-identity-mfa-remote".into(), 2);
    let then = crate::domain::scenario::score_projected(q, &a);
    let view = scenario(t, Lang::De, q, &a, &now, Some(&then)).expect("a view");
    let cyber = view.rows.iter().find(|r| r.dimension == "Cybersicherheit").unwrap();
    assert_eq!(cyber.now, "1,0");
    assert_ne!(cyber.scenario, "1,0");
    assert!(view.caps.contains(&t.scenario.cap_freed("Cybersicherheit")), "{:?}", view.caps);
    assert!(view.summary.starts_with("Mit einer Maßnahme im Szenario wären "), "{}", view.summary);
    let step_efforts: usize = view.effort.matches("\u{a0}× ").count();
    assert_eq!(step_efforts, 3);
    assert!(view.effort.starts_with("Aufwand: "), "{}", view.effort);
}

#[test]
fn a_measure_offers_each_number_of_steps_up_to_the_top() {
    let q = content::questionnaire();
    let question = q.questions().next().unwrap().question;
    let t = i18n::texts(Lang::De);
    let at = |level| Answer { response: Some(Response::Level { level }), ..Answer::default() };
    assert_eq!(
        step_choices(t, &at(1), question),
        [
            (1, "1 Schritt, bis Stufe 2".to_string()),
            (2, "2 Schritte, bis Stufe 3".into()),
            (3, "3 Schritte, bis Stufe 4".into())
        ]
    );
    assert!(step_choices(t, &at(4), question).is_empty(), "nothing beyond the top");
    let unknown = Answer { response: Some(Response::DontKnow), ..Answer::default() };
    assert_eq!(step_choices(t, &unknown, question).last().unwrap().1, "4 Schritte, bis Stufe 4");
    let en = step_choices(i18n::texts(Lang::En), &at(2), question);
    assert_eq!(en[1].1, "2 steps, to level 4");
}
