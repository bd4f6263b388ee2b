//! Results, comparison data, action plan, provider questions, report and progress.

texts! {
    pub struct ResultsTexts {
        title: "Ergebnisse", "Results";
        for_kommune(date, name, scope): "{name}, Selbsteinschätzung vom {date} ({scope})", "{name}, self-assessment of {date} ({scope})";
        provisional_title: "Vorläufiges Ergebnis", "Provisional result";
        provisional_text(percent): "Bisher sind {percent} der Fragen beantwortet. Unter 80 % ist das Ergebnis vorläufig. Fehlende Antworten können Sie jederzeit nachtragen.", "So far {percent} of the questions are answered. Below 80% the result is provisional. You can add missing answers at any time.";
        coverage_title: "Abdeckung", "Coverage";
        coverage_text(covered, percent, total): "{covered} von {total} Fragen mit einer Stufe oder „nicht zutreffend“ beantwortet ({percent}).", "{covered} of {total} questions answered with a level or “not applicable” ({percent}).";
        open_to_clarify(count): "Offen zu klären („weiß nicht“ oder beim Dienstleister klären): {count}", "Open, to clarify (“don’t know” or to clarify with the provider): {count}";
        not_applicable_count(count): "Nicht zutreffend: {count}", "Not applicable: {count}";
        dimensions_title: "Stand je Dimension", "Level per dimension";
        level: "Stand", "Level";
        target: "Ziel", "Target";
        gap: "Lücke", "Gap";
        peer_median: "Median der Vergleichsgruppe", "Comparison group median";
        peer_quartiles: "Mittlere 50 % der Vergleichsgruppe", "Middle 50% of the comparison group";
        peer_quartiles_simulated: "Beispieldaten (simuliert): mittlere 50 %", "Example data (simulated): middle 50%";
        radar_peer_legend_simulated: "Beispieldaten (simuliert): Median und mittlere 50 %", "Example data (simulated): median and middle 50%";
        peer_gap_legend_simulated: "Lücke laut Beispieldaten (simuliert), Median", "Gap in the example data (simulated), median";
        col_peer_q1_simulated: "1. Quartil (simuliert)", "1st quartile (simulated)";
        col_peer_median_simulated: "Median (simuliert)", "Median (simulated)";
        col_peer_q3_simulated: "3. Quartil (simuliert)", "3rd quartile (simulated)";
        peer_median_simulated: "Median der Beispieldaten (simuliert)", "Median of the example data (simulated)";
        comparison_group_simulated(group, n): "Vergleichsgruppe aus Beispieldaten (simuliert): {group}, {n} simulierte Kommunen – kein amtlicher Landesdurchschnitt", "Comparison group from example data (simulated): {group}, {n} simulated municipalities – not an official state average";
        position_simulated: "(gemessen an Beispieldaten, simuliert)", "(measured against example data, simulated)";
        no_answers: "noch keine Antworten", "no answers yet";
        target_label(dimension): "Ziel für {dimension}", "Target for {dimension}";
        target_hint(default): "0 bis 4, in halben Stufen. Voreingestellt nach Größenklasse: {default}.", "0 to 4, in half steps. Default for the size class: {default}.";
        target_reset: "Voreinstellung wiederherstellen", "Restore default";
        capped(level, limit, question): "Begrenzt auf {limit} durch den kritischen Punkt „{question}“ (Stufe {level}).", "Capped at {limit} by the critical item “{question}” (level {level}).";
        position_below_q1: "im unteren Viertel der Vergleichsgruppe", "in the bottom quarter of the comparison group";
        position_q1_median: "unter dem Median der Vergleichsgruppe", "below the comparison group median";
        position_median_q3: "über dem Median der Vergleichsgruppe", "above the comparison group median";
        position_above_q3: "im oberen Viertel der Vergleichsgruppe", "in the top quarter of the comparison group";
        comparison_title: "Vergleich", "Comparison";
        comparison_group(group, n): "Vergleichsgruppe: {group} (n = {n})", "Comparison group: {group} (n = {n})";
        comparison_none: "Für Ihr Profil gibt es im aktiven Vergleichsdatenpaket keine Gruppe mit mindestens fünf Kommunen. Es wird kein Vergleich angezeigt.", "The active benchmark pack has no group of at least five municipalities for your profile. No comparison is shown.";
        comparison_change: "Vergleichsgruppe oder Vergleichsdaten ändern", "Change comparison group or benchmark data";
        pack_line(date, source, title): "Vergleichsdaten: „{title}“, {source}, Stand {date}.", "Benchmark data: “{title}”, {source}, as of {date}.";
        synthetic_notice: "Beispieldaten (simuliert) – kein amtlicher Landesdurchschnitt", "Example data (simulated) – not an official state average";
        group_all: "alle Kommunen", "all municipalities";
        group_any_kind: "alle Arten", "all types";
        group_any_size: "alle Größen", "all sizes";
        charts_title: "Diagramme", "Charts";
        table_toggle: "Daten als Tabelle", "Data as a table";
        radar_caption: "Stand, Ziel und Vergleichsgruppe je Dimension", "Level, target and comparison group per dimension";
        radar_summary(dimension, level, mean, name): "{name} erreicht im Mittel {mean} von 4; am niedrigsten liegt {dimension} mit {level}.", "{name} reaches {mean} of 4 on average; lowest is {dimension} at {level}.";
        radar_summary_empty: "Noch keine Antworten: Das Diagramm zeigt nur die Ziele.", "No answers yet: the chart shows the targets only.";
        radar_peer_legend: "Vergleichsgruppe: Median und mittlere 50 %", "Comparison group: median and middle 50%";
        gaps_caption: "Lücke zum Ziel je Kategorie", "Gap to the target per category";
        gaps_summary(category, gap): "Größte Lücke: {category}, {gap} unter dem Ziel.", "Largest gap: {category}, {gap} below the target.";
        gaps_summary_none: "Keine Kategorie liegt unter ihrem Ziel.", "No category is below its target.";
        gap_legend: "Lücke zum Ziel", "Gap to the target";
        peer_gap_legend: "Lücke der Vergleichsgruppe (Median)", "Gap of the comparison group (median)";
        heat_caption: "Antworten je Kategorie und Stufe", "Answers per category and level";
        heat_summary(answered, high, low): "Antworten mit Stufe: {answered}, davon {low} auf Stufe 0 oder 1 und {high} auf Stufe 3 oder 4.", "Answers with a level: {answered}; {low} of them at level 0 or 1, {high} at level 3 or 4.";
        detail_caption(dimension): "{dimension}: Kategorien im Vergleich", "{dimension}: categories compared";
        detail_summary(best, best_level, worst, worst_level): "Stärkste Kategorie: {best} ({best_level}); schwächste: {worst} ({worst_level}).", "Strongest category: {best} ({best_level}); weakest: {worst} ({worst_level}).";
        detail_summary_empty: "In dieser Dimension gibt es noch keine Antworten.", "There are no answers in this dimension yet.";
        col_dimension: "Dimension", "Dimension";
        col_category: "Kategorie", "Category";
        // A word joiner after the dash: a narrow column breaks before „(0–4)“, not inside it.
        col_level: "Stand (0–\u{2060}4)", "Level (0–\u{2060}4)";
        col_percent: "Prozent", "Percent";
        col_target: "Ziel", "Target";
        col_gap: "Lücke", "Gap";
        col_peer_median: "Median Vergleich", "Comparison median";
        col_peer_q1: "1. Quartil", "1st quartile";
        col_peer_q3: "3. Quartil", "3rd quartile";
        col_unknown: "offen zu klären", "open, to clarify";
        own_legend: "Eigener Stand", "Own level";
        next_title: "Wie geht es weiter?", "What next?";
        to_plan: "Maßnahmenplan ansehen", "View the action plan";
        to_provider: "Fragen an den IT-Dienstleister", "Questions for the IT provider";
        to_report: "Bericht", "Report";
        to_history: "Mit einer früheren Einschätzung vergleichen", "Compare with an earlier assessment";
        to_contribution: "Ergebnisse anonym für einen Vergleich beitragen", "Contribute your results anonymously to a comparison";
        reference_values_title: "Referenzwerte aus Studien", "Reference values from studies";
        reference_values_intro: "Bundesweite Zahlen aus veröffentlichten Befragungen, zur Einordnung. Sie sind keine Werte für Baden-Württemberg.", "National figures from published surveys, for context. They are not figures for Baden-Württemberg.";
    }
}

texts! {
    pub struct DistrictTexts {
        title: "Kreisübersicht", "District overview";
        intro(n): "Anzahl der Beiträge: {n}. Die Übersicht zeigt je Kategorie, wie viele Kommunen auf welcher Stufe stehen (ein Stand von 1,7 zählt als Stufe 1). Damit sich über keine einzelne Kommune etwas ablesen lässt, sind Felder mit ein bis vier Kommunen ausgeblendet (•), ebenso Felder, aus denen sich eine solche Zahl errechnen ließe. Kategorien mit weniger als fünf Beiträgen fehlen ganz.", "Number of contributions: {n}. The overview shows, per category, how many municipalities stand at each level (a level of 1.7 counts as level 1). So that nothing can be read about any single municipality, cells with one to four municipalities are hidden (•), and so are cells from which such a number could be worked out. Categories with fewer than five contributions are left out entirely.";
        none: "Noch keine Beiträge: Erstellen Sie zuerst auf der Seite „Vergleichsdaten“ ein Paket aus Beiträgen. Die Kreisübersicht entsteht aus denselben Dateien. Sie wird weder übertragen noch gespeichert: Nach dem Schließen oder Neuladen der Seite wählen Sie die Dateien dort erneut.", "No contributions yet: first build a pack from contributions on the “Benchmark data” page. The district overview is built from the same files. It is neither sent anywhere nor saved: after closing or reloading the page, choose the files there again.";
        link: "Kreisübersicht ansehen", "View the district overview";
        heat_caption: "Kommunen je Kategorie und Stufe", "Municipalities per category and level";
        heat_summary(category, share): "Größter Anteil der Kommunen unter Stufe 2: {category} ({share}).", "Largest share of municipalities below level 2: {category} ({share}).";
        heat_summary_none: "Keine Kategorie hat die nötigen fünf Beiträge für eine Auswertung.", "No category has the five contributions needed to be shown.";
        heat_summary_hidden: "Der Anteil der Kommunen unter Stufe 2 ist in allen Kategorien zum Schutz einzelner Kommunen ausgeblendet.", "The share of municipalities below level 2 is hidden in every category to protect individual municipalities.";
        col_n: "Beiträge", "Contributions";
        col_below: "Unter Stufe 2", "Below level 2";
        suppressed: "•", "•";
        suppressed_label: "ausgeblendet: ein bis vier Kommunen oder ein Feld, aus dem sich eine solche Zahl errechnen ließe", "hidden: one to four municipalities, or a cell from which such a number could be worked out";
        hidden_cell: "ausgeblendet", "hidden";
        ranking_title: "Wo Schulung am meisten hilft", "Where training helps most";
        ranking_intro: "Die Kategorien, geordnet nach dem Anteil der Kommunen unter Stufe 2 (größter Anteil zuerst), mit passenden Angeboten aus dem Fragebogen. Kategorien mit ausgeblendetem Anteil stehen am Ende, in der Reihenfolge des Fragebogens.", "The categories, ordered by the share of municipalities below level 2 (largest share first), with matching support offers from the questionnaire. Categories whose share is hidden come last, in questionnaire order.";
        ranking_item(share, category, dimension): "{category} ({dimension}): {share} unter Stufe 2", "{category} ({dimension}): {share} below level 2";
        ranking_item_hidden(category, dimension): "{category} ({dimension}): Anteil unter Stufe 2 zum Schutz einzelner Kommunen ausgeblendet", "{category} ({dimension}): share below level 2 hidden to protect individual municipalities";
        offers: "Angebote", "Support offers";
        print: "Kreisübersicht drucken", "Print the district overview";
    }
}

texts! {
    pub struct ScenarioTexts {
        title: "Szenario", "Scenario";
        intro: "Was wäre, wenn: Wählen Sie unten bei Maßnahmen „Im Szenario“. Die Tabelle zeigt, wo Ihre Kommune stünde, wenn sie umgesetzt wären. Ihre Antworten ändern sich dadurch nicht.", "What if: choose “In the scenario” for measures below. The table shows where your municipality would stand if they were done. Your answers do not change.";
        empty: "Noch ist keine Maßnahme im Szenario.", "No measure is in the scenario yet.";
        checkbox: "Im Szenario", "In the scenario";
        checkbox_name(question): "Im Szenario: {question}", "In the scenario: {question}";
        steps_label: "Schritte", "Steps";
        steps_name(question): "Schritte im Szenario: {question}", "Steps in the scenario: {question}";
        steps_one(level): "1 Schritt, bis Stufe {level}", "1 step, to level {level}";
        steps_many(count, level): "{count} Schritte, bis Stufe {level}", "{count} steps, to level {level}";
        caption: "Stand, Szenario und Ziel je Dimension", "Level, scenario and target per dimension";
        col_scenario: "Im Szenario", "In the scenario";
        col_reached: "Ziel erreicht?", "Target reached?";
        reached_yes: "ja", "yes";
        reached_no: "nein", "no";
        summary_one(reached, reached_now, total): "Mit einer Maßnahme im Szenario wären {reached} von {total} Zielen erreicht (heute {reached_now}).", "With one measure in the scenario, {reached} of {total} targets would be reached (today {reached_now}).";
        summary(count, reached, reached_now, total): "Mit {count} Maßnahmen im Szenario wären {reached} von {total} Zielen erreicht (heute {reached_now}).", "With {count} measures in the scenario, {reached} of {total} targets would be reached (today {reached_now}).";
        effort(low, medium, high): "Aufwand: {low}\u{a0}× gering, {medium}\u{a0}× mittel, {high}\u{a0}× hoch.", "Effort: {low}\u{a0}× low, {medium}\u{a0}× medium, {high}\u{a0}× high.";
        caps_title: "Begrenzungen durch kritische Punkte", "Caps set by critical items";
        cap_freed(dimension): "{dimension}: Die Begrenzung durch einen kritischen Punkt entfällt.", "{dimension}: the cap by a critical item no longer applies.";
        cap_raised(dimension, limit, before, question): "{dimension}: weiterhin begrenzt durch „{question}“, jetzt aber auf {limit} statt {before}.", "{dimension}: still capped by “{question}”, but at {limit} instead of {before}.";
        cap_remains(dimension, limit, question): "{dimension}: bleibt auf {limit} begrenzt durch „{question}“.", "{dimension}: stays capped at {limit} by “{question}”.";
        cap_new(dimension, limit, question): "{dimension}: wäre auf {limit} begrenzt durch „{question}“ – nehmen Sie diesen kritischen Punkt mit ins Szenario.", "{dimension}: would be capped at {limit} by “{question}” – add this critical item to the scenario.";
        no_caps: "Im Szenario begrenzt kein kritischer Punkt eine Dimension.", "In the scenario no critical item caps a dimension.";
        clear: "Szenario leeren", "Clear the scenario";
        report_title: "Szenario: wenn die gewählten Maßnahmen umgesetzt wären", "Scenario: if the chosen measures were done";
        radar_summary(mean): "Im Szenario des Maßnahmenplans läge der Mittelwert bei {mean} von 4.", "In the action plan's scenario the mean would be {mean} of 4.";
    }
}

texts! {
    pub struct Plan {
        title: "Maßnahmenplan", "Action plan";
        intro: "Die nächsten Schritte, geordnet nach Wirkung: zuerst kritische Punkte, die eine Dimension begrenzen, dann nach Lücke mal Wichtigkeit, bei Gleichstand zuerst geringer Aufwand. Tragen Sie Zuständige, Termine und den Stand ein; alles wird gespeichert.", "The next steps, ordered by impact: first critical items that cap a dimension, then by gap times importance, on a tie low effort first. Enter owners, dates and status; everything is saved.";
        empty: "Es gibt keine offenen Maßnahmen: Alle beantworteten Fragen erreichen ihr Ziel. Beantworten Sie weitere Fragen oder erhöhen Sie die Ziele auf der Ergebnisseite.", "There are no open measures: all answered questions reach their target. Answer more questions or raise the targets on the results page.";
        count(count): "{count} Maßnahmen", "{count} measures";
        list_title: "Maßnahmen", "Measures";
        measure_heading(n, question): "{n}. {question}", "{n}. {question}";
        where_label(category, dimension): "{dimension} › {category}", "{dimension} › {category}";
        now_label: "Heute", "Now";
        step_label: "Nächster Schritt", "Next step";
        clarify_provider: "Zuerst beim Dienstleister klären und schriftlich zusichern lassen: Was ist vereinbart?", "First clarify with the provider and have it assured in writing: what has been agreed?";
        clarify: "Zuerst klären, zum Beispiel mit Ihrem IT-Dienstleister: Wie ist der Stand heute?", "First clarify, for example with your IT provider: what is the current state?";
        caps_label(dimension): "Begrenzt die Dimension „{dimension}“", "Caps the dimension “{dimension}”";
        priority_label: "Priorität", "Priority";
        owner_label: "Zuständig", "Owner";
        due_label: "Termin", "Due date";
        status_label: "Stand", "Status";
        status_open: "offen", "open";
        status_doing: "in Arbeit", "in progress";
        status_done: "erledigt", "done";
        resources_label: "Hilfen", "Help";
        csv_button: "Als CSV exportieren", "Export as CSV";
        csv_hint: "Die CSV-Datei öffnet sich in Excel und LibreOffice (Semikolon-getrennt, UTF-8).", "The CSV file opens in Excel and LibreOffice (semicolon-separated, UTF-8).";
        csv_rank: "Rang", "Rank";
        csv_id: "Frage-ID", "Question ID";
        provider_title: "Fragen an den IT-Dienstleister", "Questions for the IT provider";
        provider_intro: "Diese Fragen haben Sie mit „weiß nicht“ beantwortet, oder Ihr IT-Dienstleister erbringt die Leistung, hat sie aber nicht schriftlich zugesichert. Drucken oder kopieren Sie die Liste und klären Sie die Punkte mit Komm.ONE, dem Landratsamt oder Ihrem Dienstleister.", "You answered these questions with “don’t know”, or your IT provider performs the service but has not assured it in writing. Print or copy the list and clarify the points with Komm.ONE, the district office or your provider.";
        provider_empty: "Keine Fragen offen: Sie haben nirgends „weiß nicht“ gewählt, und jede Leistung Ihres Dienstleisters ist schriftlich zugesichert.", "No open questions: you chose “don’t know” nowhere, and every service of your provider is assured in writing.";
        provider_reason_unknown: "weiß nicht", "don’t know";
        provider_reason_provider: "erbringt unser IT-Dienstleister – schriftliche Zusicherung fehlt", "provided by our IT provider – written assurance missing";
        provider_answer(answer): "Ihre Antwort: {answer}", "Your answer: {answer}";
        provider_note(note): "Notiz: {note}", "Note: {note}";
        print: "Liste drucken", "Print list";
        copy: "Liste kopieren", "Copy list";
        copied: "Die Liste wurde in die Zwischenablage kopiert.", "The list was copied to the clipboard.";
        copy_failed: "Kopieren war nicht möglich. Markieren Sie die Liste und kopieren Sie sie mit Strg+C.", "Copying was not possible. Select the list and copy it with Ctrl+C.";
    }
}

texts! {
    pub struct Report {
        title: "Bericht", "Report";
        intro: "Ein druckfertiger Bericht für Bürgermeisterin oder Bürgermeister und Gemeinderat. Drucken Sie ihn oder speichern Sie ihn über den Druckdialog als PDF.", "A print-ready report for the mayor and the council. Print it or save it as a PDF from the print dialogue.";
        print: "Bericht drucken", "Print report";
        cover_title: "Digitale Kompetenz der Verwaltung", "Digital competence of the administration";
        cover_subtitle: "Ergebnisbericht der Selbsteinschätzung mit DigiKompass", "Results report of the DigiKompass self-assessment";
        cover_kind: "Art der Kommune", "Type of municipality";
        cover_size: "Größenklasse", "Size class";
        cover_date: "Datum der Einschätzung", "Date of the assessment";
        cover_respondent: "Beantwortet von", "Answered by";
        cover_version: "Fragebogen", "Questionnaire";
        cover_version_value(date, title, version): "{title}, Version {version} vom {date}", "{title}, version {version} of {date}";
        cover_coverage: "Abdeckung", "Coverage";
        cover_scope: "Umfang", "Scope";
        not_a_certificate: "Dies ist eine Selbsteinschätzung, kein Audit und kein Zertifikat.", "This is a self-assessment, not an audit and not a certificate.";
        glance_title: "Auf einen Blick", "At a glance";
        glance_value(level, gap): "{level} · Lücke {gap}", "{level} · gap {gap}";
        glance_value_met(level): "{level} · Ziel erreicht", "{level} · target met";
        glance_open_title: "Noch offen", "Still open";
        glance_open(count): "Offen zu klären: {count} Fragen („weiß nicht“ oder beim Dienstleister klären). Bis zur Klärung zählen sie als Stufe 0; welche es sind, steht je Dimension unter „Auffällige Antworten“.", "Open, to clarify: {count} questions (“don’t know” or to clarify with the provider). Until then they count as level 0; which ones they are is listed per dimension under “Notable answers”.";
        glance_open_one: "Offen zu klären: eine Frage („weiß nicht“ oder beim Dienstleister klären). Bis zur Klärung zählt sie als Stufe 0; welche es ist, steht bei ihrer Dimension unter „Auffällige Antworten“.", "Open, to clarify: one question (“don’t know” or to clarify with the provider). Until then it counts as level 0; which one it is is listed under its dimension in “Notable answers”.";
        glance_unanswered_one: "Noch nicht beantwortet: eine Frage. Sie fließt nicht in das Ergebnis ein.", "Not answered yet: one question. It is not part of the result.";
        glance_unanswered(count): "Noch nicht beantwortet: {count} Fragen. Sie fließen nicht in das Ergebnis ein.", "Not answered yet: {count} questions. They are not part of the result.";
        glance_nothing_open: "Nichts ist offen: Jede Frage ist mit einer Stufe oder „nicht zutreffend“ beantwortet.", "Nothing is open: every question is answered with a level or “not applicable”.";
        appendix_title: "Anhang", "Appendix";
        print_tables_note: "Stand und Lücke jeder Kategorie stehen an ihrem Balken. Die Tabellen mit allen Werten werden nicht gedruckt; sie stehen im Bericht in DigiKompass am Bildschirm.", "Each category’s level and gap are shown next to its bar. The tables with all values are not printed; they are in the on-screen report in DigiKompass.";
        page_numbers_note: "Seitenzahlen: Firefox druckt in diesen Bericht keine. Wenn Sie sie brauchen, wählen Sie im Druckdialog unter „Weitere Einstellungen“ die Option „Kopf- und Fußzeilen drucken“.", "Page numbers: Firefox prints none in this report. If you need them, choose “Print headers and footers” under “More settings” in the print dialogue.";
        summary_title: "Zusammenfassung", "Summary";
        summary_caption: "Stand, Ziel und Lücke je Dimension", "Level, target and gap per dimension";
        top_measures: "Die drei wichtigsten Maßnahmen", "The three most important measures";
        capped_title: "Begrenzte Dimensionen", "Capped dimensions";
        none_capped: "Keine Dimension wird durch einen kritischen Punkt begrenzt.", "No dimension is capped by a critical item.";
        charts_title: "Diagramme", "Charts";
        detail_title: "Ergebnisse je Dimension", "Results per dimension";
        notable_title: "Auffällige Antworten", "Notable answers";
        notable_critical_low: "Kritische Punkte unter Stufe 3", "Critical items below level 3";
        notable_unknown: "Offen zu klären („weiß nicht“ oder beim Dienstleister klären)", "Open, to clarify (“don’t know” or to clarify with the provider)";
        notable_none: "Keine.", "None.";
        plan_title: "Maßnahmenplan", "Action plan";
        plan_more(count): "… und {count} weitere Maßnahmen (vollständige Liste im Maßnahmenplan der App und im CSV-Export).", "… and {count} more measures (full list in the app's action plan and the CSV export).";
        comparison_title: "Vergleich mit anderen Kommunen", "Comparison with other municipalities";
        history_title: "Entwicklung seit der letzten Einschätzung", "Progress since the previous assessment";
        method_title: "Methodik in Kürze", "Method in brief";
        include_simulated: "Vergleich mit den Beispieldaten (simuliert) in den Bericht aufnehmen", "Include the comparison with the example data (simulated) in the report";
        simulated_left_out: "Der Vergleich mit den mitgelieferten Beispieldaten (simuliert) ist nicht Teil dieses Berichts: Einen amtlichen Landesdurchschnitt gibt es bisher nicht.", "The comparison with the shipped example data (simulated) is not part of this report: there is no official state average yet.";
        method_text: "Jede Frage hat fünf konkret beschriebene Stufen von 0 bis 4. Der Stand einer Kategorie ist der nach Wichtigkeit gewichtete Mittelwert ihrer Antworten („weiß nicht“ zählt als 0, „nicht zutreffend“ bleibt außen vor); der Stand einer Dimension ist der Mittelwert ihrer Kategorien. Kritische Punkte begrenzen ihre Dimension auf höchstens eine Stufe über ihrer eigenen. Unter 80 % Abdeckung ist das Ergebnis vorläufig. Die vollständige Methodik steht in der App unter „Methodik“.", "Every question has five concretely described levels from 0 to 4. A category's level is the importance-weighted mean of its answers (“don’t know” counts as 0, “not applicable” is left out); a dimension's level is the mean of its categories. Critical items cap their dimension at one level above their own. Below 80% coverage the result is provisional. The full method is in the app under “Method”.";
        generated(date): "Erstellt mit DigiKompass am {date}.", "Created with DigiKompass on {date}.";
    }
}

texts! {
    pub struct HistoryTexts {
        title: "Verlauf", "Progress";
        intro: "Vergleichen Sie diese Selbsteinschätzung mit einer früheren derselben Kommune (gleicher Name oder gleicher Gemeindeschlüssel). Die Auswahl erscheint auch im Bericht.", "Compare this assessment with an earlier one of the same municipality (same name or same municipality key). The choice also appears in the report.";
        none_available(name): "Für „{name}“ gibt es in diesem Browser keine frühere Selbsteinschätzung. Legen Sie nächstes Jahr auf der Startseite mit „Als Folgejahr kopieren“ eine neue an oder importieren Sie eine frühere Datei.", "There is no earlier assessment of “{name}” in this browser. Next year, create a new one on the start page with “Copy for next year”, or import an earlier file.";
        choose_legend: "Frühere Einschätzung", "Earlier assessment";
        option(answered, date, scope): "{date} ({scope}, {answered} Antworten)", "{date} ({scope}, {answered} answers)";
        option_none: "Keinen Vergleich zeigen", "Show no comparison";
        chart_caption(earlier, later): "Stand je Dimension: {earlier} und {later}", "Level per dimension: {earlier} and {later}";
        chart_summary(change, dimension): "Größte Veränderung: {dimension}, {change}.", "Largest change: {dimension}, {change}.";
        chart_summary_none: "Keine Veränderung auf Ebene der Dimensionen.", "No change at the level of the dimensions.";
        col_change: "Veränderung", "Change";
        categories_caption: "Veränderung je Kategorie", "Change per category";
        answers_title: "Geänderte Antworten", "Changed answers";
        answers_caption(earlier): "Antworten, die sich seit {earlier} geändert haben", "Answers that changed since {earlier}";
        col_question: "Frage", "Question";
        no_changes: "Keine Antwort hat sich geändert.", "No answer has changed.";
    }
}

texts! {
    pub struct BenchmarkTexts {
        title: "Vergleichsdaten", "Benchmark data";
        intro: "Ihre Ergebnisse werden mit einem Vergleichsdatenpaket verglichen: Stand je Dimension und Kategorie von Gruppen vergleichbarer Kommunen. Gruppen mit weniger als fünf Kommunen werden nie angezeigt.", "Your results are compared with a benchmark pack: levels per dimension and category of groups of comparable municipalities. Groups of fewer than five municipalities are never shown.";
        active_title: "Aktives Paket", "Active pack";
        pack_title: "Titel", "Title";
        pack_source: "Quelle", "Source";
        pack_date: "Stand", "As of";
        pack_n: "Kommunen insgesamt", "Municipalities in total";
        pack_built_in: "Mitgeliefertes Beispielpaket", "Built-in example pack";
        pack_loaded: "Geladenes Paket", "Loaded pack";
        groups_caption: "Vergleichsgruppen im Paket (nur Gruppen ab fünf Kommunen)", "Comparison groups in the pack (only groups of five or more)";
        col_group: "Gruppe", "Group";
        col_n: "Anzahl", "Number";
        choose_title: "Vergleichsgruppe wählen", "Choose the comparison group";
        choose_label: "Vergleichsgruppe", "Comparison group";
        choose_auto: "Automatisch passend zum Profil", "Automatically, matching the profile";
        choose_hint: "Automatisch wird die genaueste Gruppe mit mindestens fünf Kommunen gewählt: Art und Größenklasse, sonst Größenklasse, sonst Art, sonst alle.", "Automatically, the most specific group with at least five municipalities is chosen: type and size class, else size class, else type, else all.";
        load_title: "Anderes Paket laden", "Load another pack";
        load_label: "Vergleichsdatenpaket laden (.json)", "Load benchmark pack (.json)";
        load_hint(version): "Zum Beispiel ein Paket Ihres Landkreises oder des Landes. Es muss zur Fragebogen-Version {version} passen.", "For example a pack from your district or the state. It must match questionnaire version {version}.";
        loaded(title): "Das Paket „{title}“ ist jetzt aktiv.", "The pack “{title}” is now active.";
        load_error_title: "Das Paket konnte nicht geladen werden", "The pack could not be loaded";
        load_kept: "Das bisherige Paket bleibt aktiv.", "The previous pack stays active.";
        err_too_large(size): "Die Datei ist mit {size} zu groß (höchstens 5 MB).", "At {size} the file is too large (at most 5 MB).";
        err_not_json: "Die Datei ist kein gültiges JSON.", "The file is not valid JSON.";
        err_wrong_format: "Die Datei ist kein DigiKompass-Vergleichsdatenpaket.", "The file is not a DigiKompass benchmark pack.";
        err_newer(version): "Das Paket hat ein neueres Format ({version}), als diese Version von DigiKompass lesen kann.", "The pack has a newer format ({version}) than this version of DigiKompass can read.";
        err_other_questionnaire(expected, id, version): "Das Paket gehört zu „{id}“ Version {version}; hier wird Version {expected} verwendet.", "The pack belongs to “{id}” version {version}; this installation uses version {expected}.";
        err_invalid: "Das Paket ist fehlerhaft.", "The pack is faulty.";
        reset: "Zurück zum mitgelieferten Beispielpaket", "Back to the built-in example pack";
        storage_note: "Hinweis: Das Paket konnte nicht dauerhaft gespeichert werden und gilt nur bis zum Schließen des Tabs.", "Note: the pack could not be stored permanently and applies only until the tab is closed.";
        build_title: "Vergleichsdaten selbst erstellen", "Build benchmark data yourself";
        build_text: "Landkreise und das Land können aus anonymen Beiträgen der Kommunen ein eigenes Paket erstellen – ohne Server, hier im Browser.", "Districts and the state can build their own pack from anonymous contributions of the municipalities – without a server, here in the browser.";
    }
}

texts! {
    pub struct ContributionTexts {
        title: "Anonymer Beitrag für einen Vergleich", "Anonymous contribution to a comparison";
        intro: "Ein Landkreis oder das Land kann aus vielen anonymen Beiträgen einen echten Vergleich erstellen. Ein Beitrag enthält nur Ihre Ergebnisse – keinen Namen, keinen Gemeindeschlüssel, keine Notizen und keine einzelnen Antworten. Sie sehen hier genau, was in der Datei steht, bevor Sie sie speichern und weitergeben.", "A district or the state can build a real comparison from many anonymous contributions. A contribution contains only your results – no name, no municipality key, no notes and no individual answers. You see exactly what the file contains before you save and pass it on.";
        missing: "Für einen Beitrag braucht DigiKompass die Art der Kommune und die Einwohnerzahl (für die Vergleichsgruppe). Bitte ergänzen Sie das Profil.", "For a contribution DigiKompass needs the type of municipality and the number of inhabitants (for the comparison group). Please complete the profile.";
        to_profile: "Zum Profil", "Go to the profile";
        contains_title: "Was die Datei enthält", "What the file contains";
        contains_group(group): "Vergleichsgruppe: {group}", "Comparison group: {group}";
        contains_year(year): "Jahr: {year}", "Year: {year}";
        contains_coverage(percent): "Abdeckung: {percent}", "Coverage: {percent}";
        contains_version(id, version): "Fragebogen: {id}, Version {version}", "Questionnaire: {id}, version {version}";
        contains_not: "Nicht enthalten: Name, Gemeindeschlüssel, Landkreis, IT-Dienstleister, wer geantwortet hat, Notizen, einzelne Antworten.", "Not included: name, municipality key, district, IT provider, who answered, notes, individual answers.";
        levels_caption: "Enthaltene Werte (Stand 0–4)", "Values included (level 0–4)";
        raw_title: "Die Datei im Wortlaut (JSON)", "The file verbatim (JSON)";
        save: "Beitrag speichern", "Save contribution";
        saved_hint: "Geben Sie die Datei an die Stelle weiter, die Vergleichsdaten erstellt (etwa Ihren Landkreis).", "Pass the file on to the body that builds benchmark data (for example your district).";
        builder_title: "Vergleichsdaten aus Beiträgen erstellen", "Build benchmark data from contributions";
        builder_intro: "Für Landkreise und das Land: Wählen Sie viele Beitragsdateien auf einmal aus oder ziehen Sie sie hierher. Alles wird in diesem Browser berechnet; nichts wird übertragen. Gruppen mit weniger als fünf Kommunen werden nicht ausgegeben; zu kleine obere Größenklassen werden mit der nächstkleineren zusammengefasst.", "For districts and the state: choose many contribution files at once or drag them here. Everything is computed in this browser; nothing is transmitted. Groups of fewer than five municipalities are not output; upper size classes that are too small are merged with the next smaller one.";
        builder_files: "Beitragsdateien auswählen (.json, mehrere möglich)", "Choose contribution files (.json, several allowed)";
        builder_hint: "Sie können Hunderte bis Tausende Dateien auf einmal auswählen.", "You can choose hundreds to thousands of files at once.";
        builder_summary(accepted, check, files, millis, skipped): "{files} Dateien gelesen: {accepted} gültige Beiträge, {skipped} übersprungen ({millis} ms, davon {check} ms für Prüfung und Zählung).", "{files} files read: {accepted} valid contributions, {skipped} skipped ({millis} ms, of which {check} ms for checking and counting).";
        skipped_caption: "Übersprungene Dateien", "Skipped files";
        col_file: "Datei", "File";
        col_reason: "Grund", "Reason";
        reason_duplicate(file): "Doppelt: derselbe Beitrag wie „{file}“", "Duplicate: the same contribution as “{file}”";
        reason_other_questionnaire(id, version): "Anderer Fragebogen oder andere Version („{id}“, Version {version})", "Other questionnaire or version (“{id}”, version {version})";
        reason_wrong_format: "Keine Beitragsdatei", "Not a contribution file";
        reason_not_json: "Kein gültiges JSON", "Not valid JSON";
        reason_newer(version): "Neueres Format ({version})", "Newer format ({version})";
        reason_invalid(detail): "Fehlerhaft ({detail})", "Faulty ({detail})";
        reason_too_large(size): "Zu groß ({size})", "Too large ({size})";
        reason_unreadable: "Nicht lesbar", "Unreadable";
        counts_caption: "Beiträge je Vergleichsgruppe (Gruppen unter fünf werden nicht ausgegeben)", "Contributions per comparison group (groups under five are not output)";
        suppressed: "wird nicht ausgegeben", "not output";
        meta_title: "Angaben zum Paket", "Pack details";
        title_label: "Titel des Pakets", "Title of the pack";
        title_default(year): "Vergleichsdaten {year}", "Benchmark data {year}";
        source_label: "Quelle (wer hat die Beiträge gesammelt, welcher Zeitraum?)", "Source (who collected the contributions, which period?)";
        source_missing: "Bitte nennen Sie die Quelle; sie wird überall angezeigt, wo das Paket verwendet wird.", "Please name the source; it is shown wherever the pack is used.";
        build: "Paket erstellen und speichern", "Build and save the pack";
        use_now: "Paket hier als aktives Paket verwenden", "Use the pack here as the active pack";
        built(groups, n): "Das Paket wurde erstellt: {groups} Vergleichsgruppen aus {n} Beiträgen.", "The pack was built: {groups} comparison groups from {n} contributions.";
        none_accepted: "Es gibt noch keine gültigen Beiträge.", "There are no valid contributions yet.";
    }
}
