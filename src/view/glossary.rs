//! „Begriffe“ in running text: where a help text uses a term of the glossary, the first use
//! links to its explanation.

use crate::domain::questionnaire::Term;

/// A piece of a text: plain, or a glossary term to link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment<'a> {
    Text(&'a str),
    Term { text: &'a str, id: &'a str },
}

/// `text` cut into plain pieces and the first use of each glossary term. A term counts only
/// as a whole word („ISB“, not the „ISB“ in „ISBN“), and the longer of two overlapping terms
/// wins („DIN SPEC 27076“ before „DIN“).
pub fn link_terms<'a>(text: &'a str, glossary: &'a [Term]) -> Vec<Segment<'a>> {
    let mut found: Vec<(usize, usize, &'a str)> = Vec::new();
    let mut terms: Vec<&Term> = glossary.iter().filter(|t| !t.term.is_empty()).collect();
    terms.sort_by_key(|t| std::cmp::Reverse(t.term.len()));
    for term in terms {
        let Some(start) = whole_word(text, &term.term) else { continue };
        let end = start + term.term.len();
        if found.iter().all(|&(s, e, _)| end <= s || start >= e) {
            found.push((start, end, term.id.as_str()));
        }
    }
    found.sort_unstable();
    let mut segments = Vec::new();
    let mut at = 0;
    for (start, end, id) in found {
        if start > at {
            segments.push(Segment::Text(&text[at..start]));
        }
        segments.push(Segment::Term { text: &text[start..end], id });
        at = end;
    }
    if at < text.len() || segments.is_empty() {
        segments.push(Segment::Text(&text[at..]));
    }
    segments
}

fn whole_word(text: &str, word: &str) -> Option<usize> {
    text.match_indices(word).map(|(i, _)| i).find(|&i| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
    })
}

#[cfg(test)]
mod tests {
    use super::{link_terms, Segment};
    use crate::domain::questionnaire::{Term, Text};

    fn term(id: &str, term: &str) -> Term {
        Term { id: id.into(), term: term.into(), long: Text::default(), explanation: Text::new("x", "x"), url: None }
    }

    #[test]
    fn links_the_first_whole_word_use_of_each_term() {
        let glossary = [term("isb", "ISB"), term("gvv", "GVV")];
        let segments = link_terms("Die ISB (ISBN egal) des GVV; die ISB berichtet.", &glossary);
        assert_eq!(
            segments,
            [
                Segment::Text("Die "),
                Segment::Term { text: "ISB", id: "isb" },
                Segment::Text(" (ISBN egal) des "),
                Segment::Term { text: "GVV", id: "gvv" },
                Segment::Text("; die ISB berichtet."),
            ]
        );
    }

    #[test]
    fn the_longer_overlapping_term_wins_and_plain_text_stays_whole() {
        let glossary = [term("din", "DIN"), term("din-spec", "DIN SPEC 27076")];
        let segments = link_terms("Nach DIN SPEC 27076", &glossary);
        assert_eq!(segments, [Segment::Text("Nach "), Segment::Term { text: "DIN SPEC 27076", id: "din-spec" }]);
        assert_eq!(link_terms("Nichts", &glossary), [Segment::Text("Nichts")]);
        assert_eq!(link_terms("", &glossary), [Segment::Text("")]);
        let umlaut = [term("usv", "USV")];
        assert_eq!(link_terms("ÄUSV", &umlaut), [Segment::Text("ÄUSV")], "a letter before: not a whole word");
    }
}
