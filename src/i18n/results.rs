//! Results, action plan and report.

texts! {
    pub struct ResultsTexts {
        title: "Ergebnisse", "Results";
    }
}

texts! {
    pub struct Plan {
        title: "Maßnahmenplan", "Action plan";
        status_open: "offen", "open";
        status_doing: "in Arbeit", "in progress";
        status_done: "erledigt", "done";
    }
}

texts! {
    pub struct Report {
        title: "Bericht", "Report";
    }
}
