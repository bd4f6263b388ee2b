//! Teilbögen: creating them, answering one, and merging them into the main assessment.

texts! {
    pub struct PartsTexts {
        together_title: "Gemeinsam ausfüllen: Teilbögen", "Answering together: partial questionnaires";
        together_text: "Oft kennen Hauptamt, Kämmerei, IT und Informationssicherheitsbeauftragte je einen Teil. Erstellen Sie für jede Stelle einen Teilbogen mit ihren Bereichen und schicken Sie ihn als Datei, zum Beispiel per E-Mail. Die Stelle öffnet ihn in DigiKompass mit „Datei importieren“, beantwortet ihn und schickt die Datei zurück. Hier führen Sie die Teilbögen dann mit Ihrer Selbsteinschätzung zusammen.", "Often the main office, the treasury, IT and the information security officer each know one part. Create a partial questionnaire with its areas for each of them and send it as a file, for example by e-mail. They open it in DigiKompass with “Import file”, answer it and send the file back. Here you then merge the partial questionnaires into your assessment.";
        together_for(name): "Für die geöffnete Selbsteinschätzung „{name}“.", "For the open assessment “{name}”.";
        create_link: "Teilbogen erstellen", "Create partial questionnaire";
        merge_label: "Teilbögen zusammenführen", "Merge partial questionnaires";
        merge_hint: "Wählen Sie eine oder mehrere zurückgeschickte Teilbogen-Dateien. Vor dem Zusammenführen sehen Sie jede unterschiedliche Antwort; bis Sie bestätigen, ändert sich nichts.", "Choose one or more partial questionnaire files that were sent back. Before merging you see every differing answer; nothing changes until you confirm.";
        merge_error_title: "Die Teilbögen wurden nicht übernommen", "The partial questionnaires were not taken over";
        merge_unchanged: "Ihre Selbsteinschätzung ist unverändert. Wählen Sie die Dateien ohne die genannten erneut.", "Your assessment is unchanged. Choose the files again without the ones named.";
        file_problem(file, problem): "„{file}“: {problem}", "“{file}”: {problem}";
        not_a_part: "Diese Datei ist eine ganze Selbsteinschätzung, kein Teilbogen. Öffnen Sie sie mit „Datei importieren“.", "This file is a whole assessment, not a partial questionnaire. Open it with “Import file”.";
        other_assessment: "Dieser Teilbogen gehört zu einer anderen Selbsteinschätzung. Öffnen Sie die Selbsteinschätzung, für die er erstellt wurde, und wählen Sie ihn dort.", "This partial questionnaire belongs to another assessment. Open the assessment it was created for and choose it there.";
        other_version(found, expected): "Dieser Teilbogen wurde für Version {found} des Fragebogens erstellt, Ihre Selbsteinschätzung nutzt Version {expected}. Erstellen Sie einen neuen Teilbogen.", "This partial questionnaire was made for version {found} of the questionnaire; your assessment uses version {expected}. Create a new partial questionnaire.";
        duplicate: "Dieser Teilbogen ist doppelt gewählt.", "This partial questionnaire was chosen twice.";
        is_part_main: "Die geöffnete Selbsteinschätzung ist selbst ein Teilbogen. Teilbögen werden in der Selbsteinschätzung erstellt und zusammengeführt, zu der sie gehören.", "The open assessment is itself a partial questionnaire. Partial questionnaires are created and merged in the assessment they belong to.";
        create_needs_main: "Öffnen oder beginnen Sie zuerst die Selbsteinschätzung, zu der der Teilbogen gehören soll, und geben Sie im Profil den Namen der Kommune an.", "First open or start the assessment the partial questionnaire is to belong to, and enter the municipality's name in the profile.";

        banner_title(label): "Teilbogen für „{label}“", "Partial questionnaire for “{label}”";
        banner_text(name): "Sie beantworten einen Teil der Selbsteinschätzung von „{name}“: nur die Bereiche, die Ihnen geschickt wurden. Wenn Sie fertig sind, speichern Sie den Teilbogen als Datei und schicken ihn zurück.", "You are answering part of the assessment of “{name}”: only the areas sent to you. When you are done, save the partial questionnaire as a file and send it back.";
        profile_readonly: "Das Profil der Kommune wird in der Selbsteinschätzung gepflegt, zu der dieser Teilbogen gehört; hier ist es nur zu lesen.", "The municipality's profile is kept in the assessment this partial questionnaire belongs to; here it can only be read.";
        areas(list): "Ihre Bereiche: {list}.", "Your areas: {list}.";
        return_file: "Teilbogen als Datei speichern", "Save partial questionnaire as a file";
        returned(file): "Der Teilbogen wurde als „{file}“ gespeichert. Schicken Sie die Datei an die Stelle zurück, die ihn Ihnen geschickt hat.", "The partial questionnaire was saved as “{file}”. Send the file back to whoever sent it to you.";
        not_evaluated_title: "Ausgewertet wird erst nach dem Zusammenführen", "Results appear only after merging";
        not_evaluated_text(name): "Ein Teilbogen enthält nur einen Teil der Fragen und wird deshalb hier nicht ausgewertet. Ergebnisse, Maßnahmenplan und Bericht entstehen in der Selbsteinschätzung von „{name}“, sobald der Teilbogen dort zusammengeführt ist. Speichern Sie ihn dazu auf der letzten Fragenseite mit „Teilbogen als Datei speichern“ und schicken Sie die Datei zurück.", "A partial questionnaire holds only some of the questions, so it is not evaluated here. Results, action plan and report are produced in the assessment of “{name}” once the partial questionnaire has been merged into it. For that, save it on the last question page with “Save partial questionnaire as a file” and send the file back.";
        to_last_page: "Zur letzten Fragenseite", "Go to the last question page";
        list_label(label): "Teilbogen für „{label}“", "Partial questionnaire for “{label}”";
        answered_by(source): "Antwort von: {source}", "Answer from: {source}";
    }
}

texts! {
    /// What only the screens of the teilboegen chunk show (creating and merging Teilbögen)
    /// and the report's list of answers from them: a late group (`LATE_GROUPS`).
    pub struct PartScreens {
        create_title: "Teilbogen erstellen", "Create partial questionnaire";
        create_intro(name): "Ein Teilbogen enthält nur die Bereiche, die eine Stelle beantworten soll, und das Profil von „{name}“ zum Lesen. Bisherige Antworten und Notizen in diesen Bereichen gehen mit. Die Datei enthält also Ihre Antworten: Schicken Sie sie nur an Stellen Ihrer Verwaltung.", "A partial questionnaire contains only the areas someone is to answer, and the profile of “{name}” to read. Earlier answers and notes in these areas go with it. So the file contains your answers: send it only to people in your administration.";
        label_label: "Wer beantwortet den Teilbogen?", "Who answers the partial questionnaire?";
        label_hint: "Zum Beispiel „Kämmerei“ oder „IT-Leitung“. Dieser Name steht später bei jeder Antwort aus diesem Teilbogen.", "For example “Treasury” or “Head of IT”. This name is later shown with every answer from this partial questionnaire.";
        label_missing: "Bitte geben Sie an, wer den Teilbogen beantwortet.", "Please enter who answers the partial questionnaire.";
        categories_hint: "Wählen Sie die Bereiche, die diese Stelle beantworten soll.", "Choose the areas this person is to answer.";
        categories_missing: "Bitte wählen Sie mindestens einen Bereich.", "Please choose at least one area.";
        questions_in(count): "{count} Fragen", "{count} questions";
        questions_one: "1 Frage", "1 question";
        save_file: "Teilbogen als Datei speichern", "Save partial questionnaire as a file";
        categories_legend(dimension): "Bereiche aus {dimension}", "Areas of {dimension}";
        errors_title: "Bitte ergänzen Sie", "Please complete";
        created(file, label): "Der Teilbogen für „{label}“ wurde als „{file}“ gespeichert. Schicken Sie die Datei an diese Stelle. Wenn sie zurückkommt, wählen Sie sie auf der Startseite unter „Teilbögen zusammenführen“.", "The partial questionnaire for “{label}” was saved as “{file}”. Send the file to them. When it comes back, choose it on the start page under “Merge partial questionnaires”.";
        merge_title: "Zusammenführen", "Merge";
        merge_intro(name): "Diese Teilbögen werden in „{name}“ übernommen. Wo Teilbögen (oder ein Teilbogen und Ihre bisherige Antwort) dieselbe Frage unterschiedlich beantworten, wählen Sie unten, welche Antwort gilt. Die Notizen aller Stellen bleiben erhalten, jeweils mit dem Namen der Stelle davor.", "These partial questionnaires are merged into “{name}”. Where they (or one of them and your earlier answer) answer the same question differently, choose below which answer applies. Everyone’s notes are kept, each with the author’s name in front.";
        parts_caption: "Gewählte Teilbögen", "Chosen partial questionnaires";
        col_part: "Beantwortet von", "Answered by";
        col_answers: "Antworten", "Answers";
        col_areas: "Bereiche", "Areas";
        conflicts_title: "Unterschiedliche Antworten", "Differing answers";
        conflicts_one: "Eine Frage wurde unterschiedlich beantwortet. Wählen Sie, welche Antwort gilt.", "One question was answered differently. Choose which answer applies.";
        conflicts_many(count): "{count} Fragen wurden unterschiedlich beantwortet. Wählen Sie je Frage, welche Antwort gilt.", "{count} questions were answered differently. For each question, choose which answer applies.";
        no_conflicts: "Keine Frage wurde unterschiedlich beantwortet.", "No question was answered differently.";
        main_source: "Bisherige Antwort", "Earlier answer";
        option(answer, source): "{source}: {answer}", "{source}: {answer}";
        merge_button: "Zusammenführen", "Merge";
        confirm_hint: "Bis Sie auf „Zusammenführen“ klicken, bleibt Ihre Selbsteinschätzung unverändert. Danach können Sie das Zusammenführen noch rückgängig machen.", "Your assessment stays unchanged until you click “Merge”. Afterwards you can still undo the merge.";
        undecided_title: "Noch nicht entschieden", "Not decided yet";
        undecided_one: "Bitte wählen Sie bei einer Frage, welche Antwort gilt:", "Please choose which answer applies for one question:";
        undecided_many(count): "Bitte wählen Sie bei {count} Fragen, welche Antwort gilt:", "Please choose which answer applies for {count} questions:";
        merged(count): "Zusammengeführt. Aus den Teilbögen wurden {count} Antworten übernommen.", "Merged. {count} answers were taken over from the partial questionnaires.";
        merged_one: "Zusammengeführt. Aus den Teilbögen wurde eine Antwort übernommen.", "Merged. One answer was taken over from the partial questionnaires.";
        undo: "Rückgängig machen", "Undo";
        undone: "Das Zusammenführen wurde rückgängig gemacht: Die Selbsteinschätzung ist wieder wie vorher.", "The merge was undone: the assessment is as it was before.";
        undo_hint: "Rückgängig machen können Sie, solange diese Seite geöffnet ist.", "You can undo as long as this page is open.";
        to_results: "Zu den Ergebnissen", "Go to the results";
        nothing_chosen: "Es sind keine Teilbögen gewählt. Wählen Sie sie auf der Startseite unter „Teilbögen zusammenführen“.", "No partial questionnaires are chosen. Choose them on the start page under “Merge partial questionnaires”.";
        provenance_title: "Herkunft der Antworten", "Where the answers come from";
        provenance_intro: "Diese Antworten wurden in Teilbögen gegeben und beim Zusammenführen übernommen.", "These answers were given in partial questionnaires and taken over when merging.";
        provenance_caption: "Antworten aus Teilbögen", "Answers from partial questionnaires";
        col_question: "Frage", "Question";
        col_answer: "Antwort", "Answer";
        col_source: "Von", "From";
    }
}
