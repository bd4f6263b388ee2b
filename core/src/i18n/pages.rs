//! Start page and the assessment flow (profile, questions).

texts! {
    pub struct Start {
        title: "Digitale Kompetenz Ihrer Kommune einschätzen", "Assess your municipality's digital competence";
        intro: "DigiKompass zeigt Ihrer Verwaltung in vier Bereichen, wo sie steht: Open Source und digitale Souveränität, Open Data, Cybersicherheit sowie Kompetenz und Organisation. Sie sehen Ihre Lücken zum Ziel, einen Vergleich mit anderen Kommunen und einen Maßnahmenplan, den Sie als Bericht für den Gemeinderat drucken können.", "DigiKompass shows your administration where it stands in four areas: open source and digital sovereignty, open data, cybersecurity, and competence and organisation. You see your gaps to the target, a comparison with other municipalities and an action plan that you can print as a report for the council.";
        duration: "Dauer: vollständiger Check etwa 40 Minuten, Kurzcheck etwa 15 Minuten. Sie können jederzeit unterbrechen; alles wird automatisch gespeichert.", "Time needed: full check about 40 minutes, short check about 15 minutes. You can stop at any time; everything is saved automatically.";
        privacy_title: "Ihre Angaben bleiben bei Ihnen", "Your answers stay with you";
        privacy_text: "Alle Angaben werden nur in diesem Browser gespeichert. Nichts wird an einen Server gesendet, es gibt kein Konto und keine Cookies. Zum Sichern oder Weitergeben exportieren Sie eine Datei.", "All answers are stored only in this browser. Nothing is sent to a server; there is no account and no cookies. To back up or pass on your work, export a file.";
        start_button: "Selbsteinschätzung starten", "Start self-assessment";
        continue_title: "Weiterarbeiten", "Continue";
        continue_button: "Fortsetzen", "Continue";
        continue_text(date, name): "Zuletzt bearbeitet: „{name}“ vom {date}.", "Last edited: “{name}” of {date}.";
        saved_title: "Gespeicherte Selbsteinschätzungen", "Saved assessments";
        saved_caption: "Selbsteinschätzungen in diesem Browser", "Assessments in this browser";
        col_name: "Kommune", "Municipality";
        col_date: "Datum", "Date";
        col_scope: "Umfang", "Scope";
        col_progress: "Beantwortet", "Answered";
        col_actions: "Aktionen", "Actions";
        unnamed: "(ohne Namen)", "(no name)";
        open: "Öffnen", "Open";
        open_named(name): "„{name}“ öffnen", "Open “{name}”";
        duplicate: "Als Folgejahr kopieren", "Copy for next year";
        duplicate_named(name): "„{name}“ als Folgejahr kopieren", "Copy “{name}” for next year";
        duplicated: "Kopie für das Folgejahr angelegt. Antworten und Profil wurden übernommen.", "Copy for next year created. Answers and profile were taken over.";
        delete: "Löschen", "Delete";
        delete_named(name): "„{name}“ löschen", "Delete “{name}”";
        delete_confirm(name): "„{name}“ wirklich löschen? Das kann nicht rückgängig gemacht werden. Exportieren Sie die Einschätzung vorher, wenn Sie sie noch brauchen.", "Really delete “{name}”? This cannot be undone. Export the assessment first if you still need it.";
        delete_yes: "Ja, endgültig löschen", "Yes, delete permanently";
        deleted(name): "„{name}“ wurde gelöscht.", "“{name}” was deleted.";
        none_saved: "In diesem Browser ist noch keine Selbsteinschätzung gespeichert.", "No assessment is saved in this browser yet.";
        import_title: "Datei importieren", "Import a file";
        import_text: "Öffnen Sie eine zuvor exportierte Selbsteinschätzung (.json). Sie können die Datei auch auf diese Fläche ziehen.", "Open a previously exported assessment (.json). You can also drag the file onto this area.";
        drop_here: "Datei hier ablegen", "Drop the file here";
        imported(name): "„{name}“ wurde importiert.", "“{name}” was imported.";
        imported_replaced(name): "„{name}“ war schon gespeichert und wurde durch die importierte Fassung ersetzt.", "“{name}” was already saved and has been replaced by the imported version.";
        migrated: "Die Datei stammt aus einer älteren Version und wurde umgewandelt.", "The file comes from an older version and was converted.";
        migrated_renamed(count): "{count} Antworten wurden neu benannten Fragen zugeordnet.", "{count} answers were assigned to renamed questions.";
        migrated_dropped(count, ids): "Antworten zu Fragen, die es nicht mehr gibt, wurden nicht übernommen ({count}): {ids}. Ihre Datei bleibt unverändert.", "Answers to questions that no longer exist were not taken over ({count}): {ids}. Your file stays unchanged.";
        import_error_title: "Die Datei konnte nicht importiert werden", "The file could not be imported";
        import_unchanged: "Es wurde nichts verändert.", "Nothing was changed.";
        err_too_large(size): "Die Datei ist mit {size} zu groß. Eine Selbsteinschätzung ist höchstens 2 MB groß.", "At {size} the file is too large. An assessment file is at most 2 MB.";
        err_not_json: "Die Datei ist keine DigiKompass-Datei (kein gültiges JSON).", "The file is not a DigiKompass file (not valid JSON).";
        err_wrong_format: "Die Datei ist keine von DigiKompass exportierte Selbsteinschätzung. (Ein Vergleichsdatenpaket laden Sie auf der Seite „Vergleichsdaten“.)", "The file is not an assessment exported by DigiKompass. (Load a benchmark pack on the “Benchmark data” page.)";
        err_newer(version): "Die Datei wurde mit einer neueren Version von DigiKompass erstellt (Format {version}). Bitte verwenden Sie die aktuelle Version.", "The file was created with a newer version of DigiKompass (format {version}). Please use the current version.";
        err_unknown_questionnaire(id): "Die Datei gehört zu einem anderen Fragebogen („{id}“).", "The file belongs to another questionnaire (“{id}”).";
        err_invalid: "Die Datei ist beschädigt oder unvollständig.", "The file is damaged or incomplete.";
        technical_detail(detail): "Technische Angabe für Ihre IT: {detail}", "Technical detail for your IT: {detail}";
        detail_at(column, line): "Zeile {line}, Spalte {column}", "line {line}, column {column}";
        detail_field(field): "Feld „{field}“", "field “{field}”";
        err_unreadable_file: "Die Datei konnte nicht gelesen werden.", "The file could not be read.";
        unreadable_title: "Nicht lesbare Einträge", "Unreadable entries";
        unreadable_text: "Diese Einträge in Ihrem Browser konnten nicht gelesen werden, zum Beispiel weil sie beschädigt sind. Sie wurden nicht verändert. Sie können den Inhalt als Datei sichern, etwa für Ihre IT, und den Eintrag danach löschen.", "These entries in your browser could not be read, for example because they are damaged. They were left unchanged. You can save their content as a file, for example for your IT, and then delete the entry.";
        unreadable_entry(key, reason): "Eintrag {key}: {reason}", "Entry {key}: {reason}";
        unreadable_export: "Rohdaten sichern", "Save raw data";
        unreadable_delete: "Eintrag löschen", "Delete entry";
        originals_title: "Ursprüngliche Fassungen umgewandelter Selbsteinschätzungen", "Original versions of converted assessments";
        originals_text: "Beim Umwandeln aus einer älteren Version konnten einige Antworten nicht übernommen werden, weil es die Fragen nicht mehr gibt. Die ursprüngliche Fassung ist unverändert in Ihrem Browser gespeichert. Sichern Sie sie als Datei, bevor Sie sie löschen.", "When converting from an older version, some answers could not be taken over because the questions no longer exist. The original version is kept unchanged in your browser. Save it as a file before you delete it.";
        originals_entry(count, ids, name): "„{name}“ – nicht übernommene Antworten: {count} ({ids})", "“{name}” – answers not taken over: {count} ({ids})";
        originals_export: "Ursprüngliche Fassung sichern", "Save original version";
        originals_delete: "Ursprüngliche Fassung löschen", "Delete original version";
        more_title: "Mehr erfahren", "Learn more";
        more_methodik: "Wie die Ergebnisse berechnet werden (Methodik)", "How the results are calculated (method)";
        more_privacy: "Datenschutz: was wo gespeichert wird", "Privacy: what is stored where";
        more_accessibility: "Erklärung zur Barrierefreiheit", "Accessibility statement";
        more_easy: "DigiKompass in Leichter Sprache", "DigiKompass in easy-to-read German";
    }
}

texts! {
    pub struct Flow {
        profile_title: "Profil Ihrer Kommune", "Your municipality's profile";
        profile_intro: "Diese Angaben bestimmen Ihre Vergleichsgruppe und die voreingestellten Ziele. Pflichtfelder sind markiert.", "These details determine your comparison group and the default targets. Required fields are marked.";
        required: "Pflichtfeld", "required";
        optional: "optional", "optional";
        name_label: "Name der Kommune", "Name of the municipality";
        kind_label: "Art der Kommune", "Type of municipality";
        kind_choose: "Bitte wählen", "Please choose";
        inhabitants_label: "Einwohnerzahl", "Number of inhabitants";
        inhabitants_hint: "Nach der letzten amtlichen Fortschreibung. Bei einem Verwaltungsverband: alle Mitgliedsgemeinden zusammen.", "From the latest official figures. For an administrative association: all member municipalities together.";
        size_class_shown(class): "Größenklasse: {class}", "Size class: {class}";
        ags_label: "Amtlicher Gemeindeschlüssel (AGS)", "Official municipality key (AGS)";
        ags_hint: "8 Ziffern, in Baden-Württemberg beginnend mit 08, z. B. 08111000.", "8 digits, in Baden-Württemberg starting with 08, e.g. 08111000.";
        landkreis_label: "Landkreis", "District (Landkreis)";
        provider_label: "Wer betreibt Ihre IT überwiegend?", "Who mainly runs your IT?";
        provider_name_label: "Name des Dienstleisters", "Name of the provider";
        respondent_label: "Wer beantwortet die Fragen?", "Who answers the questions?";
        respondent_hint: "Zum Beispiel Hauptamt, IT-Leitung, Informationssicherheitsbeauftragte Person. Erscheint im Bericht.", "For example central administration, head of IT, information security officer. Appears in the report.";
        scope_legend: "Umfang", "Scope";
        scope_full_hint: "Alle Fragen, etwa 40 Minuten.", "All questions, about 40 minutes.";
        scope_kurz_hint: "Eine Frage je Kategorie, etwa 15 Minuten.", "One question per category, about 15 minutes.";
        error_summary_title: "Bitte prüfen Sie Ihre Angaben", "Please check your entries";
        error_title_prefix: "Fehler: ", "Error: ";
        err_name: "Geben Sie den Namen der Kommune ein.", "Enter the name of the municipality.";
        err_kind: "Wählen Sie die Art der Kommune.", "Choose the type of municipality.";
        err_inhabitants: "Geben Sie die Einwohnerzahl als ganze Zahl ein, zum Beispiel 3200.", "Enter the number of inhabitants as a whole number, for example 3200.";
        err_ags_digits: "Der Gemeindeschlüssel hat genau 8 Ziffern.", "The municipality key has exactly 8 digits.";
        err_ags_bw: "Gemeindeschlüssel in Baden-Württemberg beginnen mit 08.", "Municipality keys in Baden-Württemberg start with 08.";
        to_questions: "Weiter zu den Fragen", "Continue to the questions";
                category_of(n, total): "Kategorie {n} von {total}", "Category {n} of {total}";
        dimension_progress(answered, total): "{answered} von {total} Fragen beantwortet", "{answered} of {total} questions answered";
        progress_label: "Fortschritt", "Progress";
        jump_label: "Kategorien", "Categories";
        question_number(n): "Frage {n}", "Question {n}";
        help_label: "Erläuterung", "Explanation";
        references_label: "Bezüge", "References";
        reference_value: "Referenzwert", "Reference value";
        reason_label: "Begründung für „nicht zutreffend“", "Reason for “not applicable”";
        reason_missing: "Bitte nennen Sie kurz den Grund. Sie können trotzdem weitermachen.", "Please give a short reason. You can continue anyway.";
        note_label: "Notiz oder Nachweis", "Note or evidence";
        by_provider_label: "Wird durch Dienstleister erbracht", "Provided by a service provider";
        clear_answer: "Antwort zurücksetzen", "Clear answer";
        evaluate: "Auswerten", "Evaluate";
        unanswered_hint: "Unbeantwortete Fragen sind erlaubt; sie senken die Abdeckung.", "Unanswered questions are allowed; they lower the coverage.";
        export_hint: "Sichern Sie Ihre Arbeit zwischendurch als Datei:", "Back up your work as a file now and then:";
        resources_label: "Hilfreiche Quellen", "Useful resources";
    }
}
