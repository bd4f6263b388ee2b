//! CSV as German spreadsheet programs read it: semicolon-separated, CRLF line ends, fields
//! quoted when they contain a separator, a quote or a line break. (The UTF-8 byte order mark
//! that tells Excel the encoding is added when the file is written.)

pub fn write(rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    for row in rows {
        let fields: Vec<String> = row.iter().map(|f| field(f)).collect();
        out.push_str(&fields.join(";"));
        out.push_str("\r\n");
    }
    out
}

fn field(value: &str) -> String {
    // A leading =, +, - or @ (or a tab or carriage return before one, OWASP) would make a
    // spreadsheet evaluate the cell as a formula.
    let value = match value.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{value}"),
        _ => value.to_string(),
    };
    if value.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

#[cfg(test)]
mod tests {
    use super::write;

    #[test]
    fn quotes_only_when_needed_and_defuses_formulas() {
        let rows = vec![
            vec!["Rang".to_string(), "Frage".to_string()],
            vec!["1".to_string(), "Backup; offline „getestet“".to_string()],
            vec!["2".to_string(), "Er sagte \"ja\"\nund ging".to_string()],
            vec!["3".to_string(), "=HYPERLINK(\"x\")".to_string()],
        ];
        assert_eq!(
            write(&rows),
            "Rang;Frage\r\n1;\"Backup; offline „getestet“\"\r\n2;\"Er sagte \"\"ja\"\"\nund ging\"\r\n3;\"'=HYPERLINK(\"\"x\"\")\"\r\n"
        );
    }

    fn one(field: &str) -> String {
        write(&[vec![field.to_string()]]).trim_end_matches("\r\n").to_string()
    }

    #[test]
    fn every_formula_trigger_is_defused_even_without_quoting() {
        assert_eq!(one("=1+1"), "'=1+1");
        assert_eq!(one("+49 7071"), "'+49 7071");
        assert_eq!(one("@SUM(A1)"), "'@SUM(A1)");
        // Only the first character matters: a trigger inside the text is harmless.
        assert_eq!(one("a=b"), "a=b");
        assert_eq!(one("E-Mail"), "E-Mail");
    }

    #[test]
    fn a_defused_field_is_still_quoted_when_it_holds_a_separator() {
        assert_eq!(one("=A1;B1"), "\"'=A1;B1\"");
        assert_eq!(one("@\"x\""), "\"'@\"\"x\"\"\"");
    }

    #[test]
    fn negative_numbers_are_turned_into_text() {
        // The guard cannot tell „-1“ from „-1+A1“: a leading minus always gets the apostrophe.
        assert_eq!(one("-1"), "'-1");
        assert_eq!(one("-0,5"), "'-0,5");
    }

    #[test]
    fn carriage_returns_and_empty_fields_and_rows() {
        assert_eq!(one("a\rb"), "\"a\rb\"");
        assert_eq!(write(&[vec![String::new(), String::new()], vec![]]), ";\r\n\r\n");
        assert_eq!(write(&[]), "");
    }

    #[test]
    fn quotes_inside_a_field_are_doubled_once() {
        assert_eq!(one("\"\""), "\"\"\"\"\"\"");
        assert_eq!(one("x\"y"), "\"x\"\"y\"");
    }

    #[test]
    fn leading_tab_and_carriage_return_are_defused() {
        assert_eq!(one("\t=1+1"), "'\t=1+1");
        assert_eq!(one("\r=1+1"), "\"'\r=1+1\"");
    }
}
