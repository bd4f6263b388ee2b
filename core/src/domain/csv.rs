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
    // A leading =, +, - or @ would make a spreadsheet evaluate the cell as a formula.
    let value = match value.chars().next() {
        Some('=' | '+' | '-' | '@') => format!("'{value}"),
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
}
