//! Information pages: Methodik, Datenschutz, Barrierefreiheit, Leichte Sprache.

texts! {
    pub struct Info {
        // Methodik
        methodik_title: "Methodik", "Method";
        glossary_title: "Begriffe", "Glossary";
        glossary_intro: "Abkürzungen und Fachbegriffe, die im Fragebogen vorkommen, kurz erklärt. In den Hilfetexten der Fragen führt ein Link auf den jeweiligen Begriff.", "Abbreviations and technical terms used in the questionnaire, briefly explained. In the questions' help texts, a link leads to each term.";
        glossary_more: "Offizielle Seite", "Official page";
        methodik_intro(count, date, title, version): "So fragt, rechnet und vergleicht DigiKompass. Grundlage ist der Fragebogen „{title}“, Version {version} vom {date}, mit {count} Fragen.", "How DigiKompass asks, calculates and compares. It is based on the questionnaire “{title}”, version {version} of {date}, with {count} questions.";
        critical_title: "Die kritischen Punkte", "The critical items";
        critical_intro(count): "Diese {count} Fragen sind als kritisch markiert. Ihre Antwort begrenzt den Stand ihrer Dimension, wie oben beschrieben.", "These {count} questions are marked critical. Their answer caps the level of their dimension, as described above.";
        critical_none: "Dieser Fragebogen enthält keine kritischen Punkte.", "This questionnaire contains no critical items.";
        kurzcheck_title: "Der Kurzcheck", "The short check (Kurzcheck)";
        kurzcheck_text(kurz, total): "Der Kurzcheck umfasst {kurz} der {total} Fragen. Er wird nach denselben Regeln ausgewertet wie der vollständige Check. Fragen, die nicht zum Kurzcheck gehören, zählen dabei weder für den Stand noch für die Abdeckung.", "The short check covers {kurz} of the {total} questions. It is evaluated by the same rules as the full check. Questions outside the short check count neither for the level nor for the coverage.";
        kurzcheck_critical(critical, critical_total): "{critical} von {critical_total} kritischen Punkten gehören zum Kurzcheck und begrenzen auch dort das Ergebnis.", "{critical} of {critical_total} critical items belong to the short check and cap the result there too.";
        kurzcheck_compare: "Ein Kurzcheck ist gröber als der vollständige Check. Vergleichen Sie Ergebnisse deshalb möglichst nur mit Einschätzungen desselben Umfangs.", "A short check is coarser than the full check. Where possible, compare its results only with assessments of the same scope.";
        scenario_title: "Szenario („Was wäre, wenn“)", "Scenario (“what if”)";
        scenario_text: "Im Maßnahmenplan können Sie Maßnahmen „Im Szenario“ wählen. DigiKompass hebt dann die Antwort der betroffenen Frage um den beschriebenen Schritt an, auf Wunsch um weitere Schritte bis Stufe 4. Eine Antwort „weiß nicht“ steigt dabei von Stufe 0 aus; bei einer Leistung des Dienstleisters ohne schriftliche Zusicherung ist der erste Schritt, sie zusichern zu lassen – danach zählt die angegebene Stufe. Gerechnet wird nach denselben Regeln wie sonst, auch für die kritischen Punkte. Ihre Antworten ändern sich dadurch nicht; das Szenario wird mit der Einschätzung gespeichert und exportiert.", "In the action plan you can choose “In the scenario” for measures. DigiKompass then raises the answer to the question concerned by the step described, or by further steps up to level 4 if you choose. A “don’t know” answer starts from level 0; for a provider’s service without written assurance, the first step is getting it assured – after that, the stated level counts. The calculation follows the same rules as always, critical items included. Your answers do not change; the scenario is saved and exported with the assessment.";
        district_title: "Kreisübersicht", "District overview";
        district_text: "Wer aus Beiträgen ein Vergleichspaket erstellt, sieht in der Kreisübersicht je Kategorie, wie viele Kommunen auf welcher Stufe stehen und welche Kategorien den größten Anteil an Kommunen unter Stufe 2 haben. Stände werden dafür auf ganze Stufen abgerundet: 1,7 zählt als Stufe 1. Damit sich über keine einzelne Kommune etwas ablesen lässt, werden Felder mit ein bis vier Kommunen ausgeblendet und Kategorien mit weniger als fünf Beiträgen nicht gezeigt. Weil sich ein ausgeblendetes Feld sonst aus der Zahl der Beiträge und dem Anteil unter Stufe 2 errechnen ließe, werden – wie bei den statistischen Ämtern – so lange weitere Felder ausgeblendet, bis keines mehr zu errechnen ist. Wo das nicht reicht, wird auch der Anteil unter Stufe 2 ausgeblendet; solche Kategorien stehen in der Rangfolge „Wo Schulung am meisten hilft“ am Ende.", "If you build a benchmark pack from contributions, the district overview shows, per category, how many municipalities stand at each level and which categories have the largest share of municipalities below level 2. Levels are rounded down to whole levels for this: 1.7 counts as level 1. So that nothing can be read about any single municipality, cells with one to four municipalities are hidden and categories with fewer than five contributions are not shown. Because a hidden cell could otherwise be worked out from the number of contributions and the share below level 2, further cells are hidden until none can be worked out, as statistical offices do. Where that is not enough, the share below level 2 is hidden too; such categories come last in the ranking “Where training helps most”.";
        parts_title: "Teilbögen (gemeinsam ausfüllen)", "Partial questionnaires (answering together)";
        parts_text: "Für Bereiche, die eine andere Stelle besser kennt, erstellen Sie auf der Startseite einen Teilbogen: eine Datei mit nur diesen Bereichen, die die Stelle in ihrem eigenen Browser beantwortet und zurückschickt. Beim Zusammenführen wählen Sie bei jeder unterschiedlich beantworteten Frage, welche Antwort gilt; jede übernommene Antwort nennt ihre Herkunft (auch im Anhang des Berichts), alle Notizen bleiben erhalten, und bis Sie bestätigen, ändert sich Ihre Selbsteinschätzung nicht.", "For areas someone else knows better, create a partial questionnaire on the start page: a file with only these areas, which they answer in their own browser and send back. When merging, you choose which answer applies for every question answered differently; every answer taken over names its source (also in the report's annex), all notes are kept, and your assessment does not change until you confirm.";
        scale_title: "Die Stufen im Überblick", "The levels at a glance";
        scale_intro: "Jede Frage beschreibt ihre fünf Stufen konkret. Allgemein bedeuten sie:", "Every question describes its five levels concretely. In general they mean:";
        scale_caption: "Stufen und ihr Wert in Prozent der höchsten Stufe", "Levels and their value as a percentage of the top level";
        scale_col_level: "Stufe", "Level";
        scale_col_percent: "Prozent", "Percent";
        scale_dont_know: "„weiß nicht“ zählt wie Stufe 0 und wird als „offen zu klären“ geführt.", "“don’t know” counts like level 0 and is listed as “open, to clarify”.";
        scale_not_applicable: "„nicht zutreffend“ (mit kurzer Begründung) bleibt bei der Berechnung außen vor, genau wie eine unbeantwortete Frage.", "“not applicable” (with a short reason) is left out of the calculation, exactly like an unanswered question.";
        references_title: "Referenzwerte aus Studien", "Reference values from studies";
        references_intro: "Zu einigen Fragen zeigt DigiKompass eine veröffentlichte Zahl zur Orientierung. Sie stammt aus der genannten Quelle und ist kein Landesdurchschnitt für Baden-Württemberg.", "For some questions DigiKompass shows a published figure for orientation. It comes from the source named and is not a state average for Baden-Württemberg.";
        references_caption: "Referenzwerte mit Quelle und Jahr", "Reference values with source and year";
        references_col_question: "Frage", "Question";
        references_col_value: "Referenzwert", "Reference value";
        references_col_source: "Quelle", "Source";
        references_col_year: "Jahr", "Year";
        references_col_basis: "Befragt", "Surveyed";
        frameworks_caption: "Verweise mit amtlichem Titel, Quelle und Ausgabe", "References with official title, source and edition";
        frameworks_col_reference: "Verweis", "Reference";
        frameworks_col_edition: "Quelle und Ausgabe", "Source and edition";
        references_none: "Dieser Fragebogen enthält keine Referenzwerte.", "This questionnaire contains no reference values.";
        frameworks_title: "Bezugsrahmen", "Frameworks referenced";
        frameworks_intro: "Die Fragen verweisen auf Rahmenwerke, Standards und Quellen. Die Verweise dienen der Orientierung: DigiKompass fragt deren Anforderungen nicht vollständig ab und ersetzt keine Prüfung danach.", "The questions refer to frameworks, standards and sources. The references are for orientation: DigiKompass does not ask their requirements in full and does not replace an audit against them.";
        frameworks_all(count): "Alle {count} Verweise des Fragebogens", "All {count} references in the questionnaire";
        fw_bsi: "BSI IT-Grundschutz", "BSI IT-Grundschutz";
        fw_bsi_text: "Methode und Kompendium des Bundesamts für Sicherheit in der Informationstechnik (BSI). Kürzel wie ISMS.1 oder CON.3 bezeichnen Bausteine des IT-Grundschutz-Kompendiums, Zusätze wie „.A1“ einzelne Anforderungen.", "Method and compendium of the Federal Office for Information Security (BSI). Codes such as ISMS.1 or CON.3 name modules of the IT-Grundschutz Compendium; suffixes such as “.A1” name single requirements.";
        fw_wiba: "WiBA – Weg in die Basis-Absicherung", "WiBA – path to basic protection (Weg in die Basis-Absicherung)";
        fw_wiba_text: "Angebot des BSI mit Checklisten für den Einstieg in die Informationssicherheit, entwickelt mit Blick auf Kommunen.", "A BSI offering with checklists for getting started with information security, developed with municipalities in mind.";
        fw_din: "DIN SPEC 27076 (IT-Sicherheitsberatung)", "DIN SPEC 27076 (IT security consulting)";
        fw_din_text: "DIN-Spezifikation für eine IT-Sicherheitsberatung kleiner Unternehmen. DigiKompass übernimmt daraus den Gedanken besonders wichtiger Anforderungen, die das Ergebnis begrenzen.", "A DIN specification for IT security consulting for small companies. DigiKompass adopts its idea of particularly important requirements that cap the result.";
        fw_csbw: "Cybersicherheitsagentur Baden-Württemberg (CSBW)", "Cybersecurity Agency of Baden-Württemberg (CSBW)";
        fw_csbw_text: "Angebote und Empfehlungen der Landesagentur für die Cybersicherheit öffentlicher Stellen im Land.", "Services and recommendations of the state agency for the cybersecurity of public bodies in Baden-Württemberg.";
        fw_dcat: "DCAT-AP.de", "DCAT-AP.de";
        fw_dcat_text: "Deutscher Standard für die Beschreibung (Metadaten) offener Verwaltungsdaten, wie ihn z. B. GovData verwendet.", "The German standard for describing (metadata of) open government data, as used by GovData, for example.";
        fw_odm: "Open Data Maturity (ODM) der EU", "EU Open Data Maturity (ODM)";
        fw_odm_text: "Jährliche Erhebung der Open-Data-Reife europäischer Staaten im Auftrag der EU-Kommission, mit den Bereichen Policy, Portal, Quality und Impact.", "The annual assessment of the open-data maturity of European countries on behalf of the European Commission, with the areas policy, portal, quality and impact.";
        fw_eu_oss: "Open-Source-Strategie der EU-Kommission", "European Commission open source strategy";
        fw_eu_oss_text: "Strategie der EU-Kommission für Open-Source-Software 2020–2023 („Think Open“).", "The European Commission's open source software strategy 2020–2023 (“Think Open”).";
        fw_digcomp: "DigComp 2.2 und DigCompOrg", "DigComp 2.2 and DigCompOrg";
        fw_digcomp_text: "Europäische Referenzrahmen der Gemeinsamen Forschungsstelle der EU-Kommission für digitale Kompetenzen von Menschen (DigComp) und von Bildungsorganisationen (DigCompOrg).", "European reference frameworks of the European Commission's Joint Research Centre for the digital competences of people (DigComp) and of educational organisations (DigCompOrg).";
        fw_kgst: "KGSt", "KGSt";
        fw_kgst_text: "Berichte und Empfehlungen der Kommunalen Gemeinschaftsstelle für Verwaltungsmanagement.", "Reports and recommendations of the KGSt, the German municipalities' joint centre for public management.";

        // Datenschutz
        privacy_title: "Datenschutz", "Privacy";
        privacy_lead: "DigiKompass läuft vollständig in Ihrem Browser. Ihre Angaben verlassen dieses Gerät nur, wenn Sie selbst eine Datei speichern und weitergeben.", "DigiKompass runs entirely in your browser. Your entries leave this device only if you save a file yourself and pass it on.";
        stored_title: "Was gespeichert wird und wo", "What is stored, and where";
        stored_intro: "DigiKompass speichert Ihre Angaben im lokalen Speicher dieses Browsers (localStorage), und zwar nur unter Schlüsseln, die mit „digikompass.“ beginnen. Daten anderer Websites liest oder verändert DigiKompass nicht.", "DigiKompass stores your entries in this browser's local storage (localStorage), only under keys that begin with “digikompass.”. It does not read or change data of other websites.";
        stored_caption: "Einträge von DigiKompass im lokalen Speicher", "DigiKompass entries in local storage";
        stored_col_key: "Schlüssel", "Key";
        stored_col_content: "Inhalt", "Content";
        key_id: "Kennung", "id";
        stored_assessment: "Je eine Selbsteinschätzung: das Profil der Kommune (Name, Art, Einwohnerzahl, auf Wunsch Gemeindeschlüssel, Landkreis, IT-Dienstleister und wer geantwortet hat), das Datum, die Antworten mit Notizen, geänderte Ziele und der Stand des Maßnahmenplans (Zuständigkeit, Termin, Status). Die Kennung ist eine zufällige Zeichenfolge.", "One assessment each: the municipality's profile (name, type, number of inhabitants, optionally the municipality key, district, IT provider and who answered), the date, the answers with notes, changed targets and the state of the action plan (owner, due date, status). The id is a random string.";
        stored_settings: "Einstellungen: Sprache, die zuletzt geöffnete Selbsteinschätzung, die gewählte Vergleichsgruppe und die für „Verlauf“ gewählte frühere Einschätzung.", "Settings: language, the assessment opened last, the chosen comparison group and the earlier assessment chosen for “Progress”.";
        stored_original: "Nur nach einer Umwandlung aus einer älteren Version, bei der Antworten nicht übernommen werden konnten: die ursprüngliche Fassung dieser Selbsteinschätzung, bis Sie sie auf der Startseite sichern oder löschen.", "Only after a conversion from an older version in which answers could not be taken over: the original version of that assessment, until you save or delete it on the start page.";
        stored_pack: "Ein Vergleichsdatenpaket, wenn Sie eines geladen haben. Das mitgelieferte Paket mit Beispieldaten ist Teil der Anwendung und wird nicht gespeichert.", "A benchmark pack, if you loaded one. The shipped pack with example data is part of the application and is not stored.";
        stored_probe: "Ein kurzer Testeintrag beim Start, mit dem DigiKompass prüft, ob Speichern möglich ist. Er wird sofort wieder entfernt.", "A short test entry at start-up with which DigiKompass checks whether saving is possible. It is removed at once.";
        stored_personal: "Personenbezogen können vor allem die Angaben sein, wer geantwortet hat und wer für eine Maßnahme zuständig ist, sowie Ihre Notizen. Tragen Sie dort nur ein, was Sie auch in einem gedruckten Bericht festhalten würden.", "Personal data may be contained above all in who answered, who is responsible for a measure, and in your notes. Enter there only what you would also record in a printed report.";
        stored_cache: "Damit DigiKompass auch ohne Netzverbindung startet, kann Ihr Browser außerdem die Programmdateien der Anwendung zwischenspeichern (Service Worker). Dieser Zwischenspeicher enthält keine Ihrer Angaben.", "So that DigiKompass also starts without a network connection, your browser may also cache the application's program files (service worker). This cache contains none of your entries.";
        transfer_title: "Keine Übertragung, keine Cookies, kein Tracking", "No transfer, no cookies, no tracking";
        transfer_text: "Ihre Angaben werden an niemanden übertragen, auch nicht an den Betreiber. DigiKompass setzt keine Cookies, verwendet keine Analyse- oder Tracking-Werkzeuge und lädt keine Schriften, Skripte oder anderen Inhalte von fremden Servern. Eine Sicherheitsrichtlinie (Content Security Policy) lässt im Browser nur Verbindungen zum eigenen Server zu.", "Your entries are not transmitted to anyone, not even to the operator. DigiKompass sets no cookies, uses no analytics or tracking tools and loads no fonts, scripts or other content from other servers. A security policy (Content Security Policy) allows the browser to connect only to the application's own server.";
        server_text: "Beim Aufruf lädt Ihr Browser die Programmdateien vom Webserver des Betreibers. Dabei erhält der Server, wie bei jeder Website, technische Angaben wie Ihre IP-Adresse und den Zeitpunkt des Abrufs. Ob und wie lange diese in Server-Protokollen gespeichert werden, legt der Betreiber fest.", "When you open DigiKompass, your browser loads the program files from the operator's web server. As with any website, the server receives technical details such as your IP address and the time of the request. Whether and for how long these are kept in server logs is decided by the operator.";
        links_text: "Links zu weiterführenden Quellen führen zu anderen Websites. Erst wenn Sie einen solchen Link öffnen, gelten die Datenschutzbestimmungen der jeweiligen Website.", "Links to further sources lead to other websites. Only when you open such a link do that website's privacy terms apply.";
        exports_title: "Dateien, die Sie speichern", "Files you save";
        exports_intro: "Sie können Dateien erzeugen, zum Beispiel:", "You can create files, for example:";
        export_assessment: "eine Selbsteinschätzung als Datei („Exportieren“), um sie zu sichern oder auf einem anderen Rechner weiterzubearbeiten,", "an assessment as a file (“Export”), to keep it safe or to continue on another computer,";
        export_csv: "den Maßnahmenplan als CSV-Datei,", "the action plan as a CSV file,";
        export_report: "den Bericht über die Druckfunktion des Browsers, z. B. als PDF,", "the report via the browser's print function, e.g. as a PDF,";
        export_contribution: "einen Beitrag für Vergleichsdaten, der nur Ergebnisse enthält, keinen Namen und keinen Gemeindeschlüssel; Sie sehen seinen Inhalt vor dem Speichern.", "a contribution to benchmark data that contains only results, no name and no municipality key; you see its content before saving.";
        exports_control: "Diese Dateien legt Ihr Browser dort ab, wo Sie es bestimmen. Wer sie erhält und wie lange sie aufbewahrt werden, entscheiden Sie und Ihre Verwaltung.", "Your browser saves these files where you choose. You and your administration decide who receives them and how long they are kept.";
        legal_title: "Einordnung", "Legal note";
        legal_text: "Das Speichern im lokalen Speicher des Browsers dient allein dazu, die von Ihnen gewünschte Funktion bereitzustellen: Ihre Selbsteinschätzung bleibt erhalten, bis Sie sie löschen. Es ist deshalb nach Einschätzung der Entwicklerinnen und Entwickler von DigiKompass unbedingt erforderlich im Sinne von § 25 Abs. 2 Nr. 2 TDDDG; eine Einwilligung ist dafür nicht nötig. Dieser Hinweis ist keine Rechtsberatung. Die verbindliche Bewertung trifft der Betreiber, etwa mit seiner oder seinem Datenschutzbeauftragten.", "Storing in the browser's local storage serves only to provide the function you asked for: your assessment is kept until you delete it. In the view of the developers of DigiKompass it is therefore strictly necessary within the meaning of section 25(2) no. 2 of the German TDDDG (Telecommunications Digital Services Data Protection Act); no consent is needed for it. This note is not legal advice. The binding assessment is made by the operator, for example with its data protection officer.";
        responsible_title: "Verantwortlich für diese Installation", "Responsible for this installation";
        responsible_intro: "Diese Installation von DigiKompass betreibt:", "This installation of DigiKompass is run by:";
        email_label: "E-Mail:", "E-mail:";
        phone_label: "Telefon:", "Phone:";
        responsible_note: "Fragen zum Datenschutz richten Sie bitte an diese Stelle. Da Ihre Angaben nur in Ihrem Browser liegen, kann der Betreiber sie weder einsehen noch für Sie löschen.", "Please send questions about data protection to this address. As your entries are only in your browser, the operator can neither see them nor delete them for you.";
        delete_title: "Daten löschen", "Deleting data";
        delete_one: "Eine einzelne Selbsteinschätzung löschen Sie auf der Startseite in der Liste der gespeicherten Einschätzungen mit „Löschen“.", "You delete a single assessment on the start page, in the list of saved assessments, with “Delete”.";
        delete_browser: "Wenn Sie die Website-Daten dieses Browsers löschen (etwa „Cookies und Websitedaten“ oder „Browserdaten löschen“), sind ebenfalls alle Angaben in DigiKompass gelöscht. In einem privaten Fenster löscht der Browser sie beim Schließen des Fensters.", "If you clear this browser's site data (for example “Cookies and site data” or “Clear browsing data”), all entries in DigiKompass are deleted as well. In a private window, the browser deletes them when the window is closed.";
        delete_all_intro: "Mit der folgenden Schaltfläche löschen Sie alle Daten von DigiKompass in diesem Browser auf einmal: alle Selbsteinschätzungen, die Einstellungen und, falls vorhanden, ein geladenes Vergleichsdatenpaket. Daten anderer Websites bleiben unberührt.", "With the following button you delete all DigiKompass data in this browser at once: all assessments, the settings and, if present, a loaded benchmark pack. Data of other websites is not touched.";
        delete_all_button: "Alle Daten löschen", "Delete all data";
        delete_all_question: "Wirklich alle Daten löschen?", "Really delete all data?";
        delete_all_count_none: "Gespeicherte Selbsteinschätzungen gibt es keine. Gelöscht werden die Einstellungen und, falls vorhanden, ein geladenes Vergleichsdatenpaket.", "There are no saved assessments. This deletes the settings and, if present, a loaded benchmark pack.";
        delete_all_count_one: "Gelöscht werden 1 Selbsteinschätzung, die Einstellungen und, falls vorhanden, ein geladenes Vergleichsdatenpaket.", "This deletes 1 assessment, the settings and, if present, a loaded benchmark pack.";
        delete_all_count_many(count): "Gelöscht werden {count} Selbsteinschätzungen, die Einstellungen und, falls vorhanden, ein geladenes Vergleichsdatenpaket.", "This deletes {count} assessments, the settings and, if present, a loaded benchmark pack.";
        delete_all_warning: "Das lässt sich nicht rückgängig machen. Exportieren Sie vorher jede Selbsteinschätzung, die Sie behalten möchten.", "This cannot be undone. Export every assessment you want to keep first.";
        delete_all_yes: "Ja, alle Daten löschen", "Yes, delete all data";
        delete_all_done: "Alle Daten von DigiKompass in diesem Browser wurden gelöscht.", "All DigiKompass data in this browser has been deleted.";

        // Erklärung zur Barrierefreiheit
        a11y_title: "Erklärung zur Barrierefreiheit", "Accessibility statement";
        a11y_intro(name): "{name} ist bemüht, DigiKompass barrierefrei zugänglich zu machen. Rechtsgrundlage ist für öffentliche Stellen in Baden-Württemberg das Landes-Behindertengleichstellungsgesetz (L-BGG). Es verweist für die Anforderungen auf die Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) und damit auf die europäische Norm EN 301 549. Diese Vorschriften setzen die EU-Richtlinie 2016/2102 über den barrierefreien Zugang zu Websites öffentlicher Stellen um.", "{name} endeavours to make DigiKompass accessible. For public bodies in Baden-Württemberg the legal basis is the state disability equality act (Landes-Behindertengleichstellungsgesetz, L-BGG). For the requirements it refers to the German accessible IT ordinance (BITV 2.0) and thus to the European standard EN 301 549. These rules implement EU Directive 2016/2102 on the accessibility of the websites of public sector bodies.";
        a11y_scope_title: "Geltungsbereich", "Scope";
        a11y_scope(url): "Diese Erklärung gilt für die Webanwendung DigiKompass mit allen ihren Seiten, erreichbar unter {url}. Verlinkte Seiten anderer Anbieter gehören nicht dazu.", "This statement applies to the web application DigiKompass with all its pages, available at {url}. Linked pages of other providers are not covered.";
        a11y_status_title: "Stand der Vereinbarkeit mit den Anforderungen", "Compliance status";
        a11y_status: "Diese Anwendung ist mit den Anforderungen teilweise vereinbar. Die Abweichungen und Einschränkungen sind unten aufgeführt.", "This application is partially compliant with the requirements. The non-compliances and limitations are listed below.";
        a11y_method: "Die Einschätzung beruht auf einer Selbstbewertung. DigiKompass wurde nach den Erfolgskriterien der WCAG 2.1 auf Stufe AA entwickelt, die EN 301 549 und BITV 2.0 für Websites zugrunde legen. Automatisierte Tests prüfen die Seiten bei jedem Testlauf mit dem Prüfwerkzeug axe-core; solche Tests erkennen nur einen Teil möglicher Barrieren. Weitere automatisierte Tests bedienen die Anwendung ausschließlich mit der Tastatur und prüfen Fokus, Beschriftungen und Druckausgabe. Eine unabhängige Prüfung, etwa ein BITV-Test, hat noch nicht stattgefunden.", "This assessment is based on a self-evaluation. DigiKompass was developed to the success criteria of WCAG 2.1 at level AA, on which EN 301 549 and BITV 2.0 build for websites. Automated tests check the pages in every test run with the axe-core tool; such tests find only part of the possible barriers. Further automated tests operate the application with the keyboard only and check focus, labels and print output. An independent audit, such as a BITV test, has not yet taken place.";
        a11y_limits_title: "Nicht barrierefreie Inhalte und Einschränkungen", "Non-accessible content and limitations";
        a11y_limit_dgs: "Gebärdensprache: Erläuterungen in Deutscher Gebärdensprache (DGS) gibt es noch nicht. Wenn Sie Informationen in einer anderen Form brauchen, wenden Sie sich an die unten genannte Kontaktstelle. Erläuterungen in Leichter Sprache finden Sie hier:", "Sign language: explanations in German Sign Language (DGS) are not yet available. If you need information in another form, please contact the address below. Explanations in easy-to-read German are here:";
        a11y_limit_charts: "Diagramme: Die Diagramme der Ergebnisse sind Grafiken. Jedes Diagramm hat eine Beschriftung, eine Zusammenfassung in einem Satz und eine Datentabelle mit denselben Werten.", "Charts: the result charts are images. Each chart has a caption, a one-sentence summary and a data table with the same values.";
        a11y_limit_pdf: "PDF-Dateien: Den Bericht als PDF erzeugt die Druckfunktion Ihres Browsers. Ob die Datei barrierefrei ausgezeichnet ist (zum Beispiel mit Tags und Lesereihenfolge), hängt vom Browser ab und liegt nicht in der Hand von DigiKompass. Die Seite „Bericht“ im Browser enthält dieselben Inhalte als Text und Tabellen.", "PDF files: the report as a PDF is produced by your browser's print function. Whether the file is tagged for accessibility (for example with tags and reading order) depends on the browser and is outside the control of DigiKompass. The “Report” page in the browser contains the same content as text and tables.";
        a11y_date_title: "Erstellung dieser Erklärung", "Preparation of this statement";
        a11y_date(date): "Diese Erklärung wurde am {date} erstellt bzw. zuletzt überprüft.", "This statement was prepared or last reviewed on {date}.";
        a11y_feedback_title: "Barrieren melden: Kontakt", "Reporting barriers: contact";
        a11y_feedback: "Sind Ihnen Mängel beim barrierefreien Zugang zu DigiKompass aufgefallen? Oder brauchen Sie Informationen in barrierefreier Form? Dann schreiben Sie bitte an:", "Have you noticed shortcomings in the accessibility of DigiKompass? Or do you need information in an accessible form? Then please write to:";
        a11y_feedback_answer: "Bitte beschreiben Sie, auf welcher Seite und bei welchem Schritt die Barriere auftritt und welchen Browser und welche Hilfsmittel Sie verwenden. Sie erhalten innerhalb eines Monats eine Antwort.", "Please describe on which page and at which step the barrier occurs and which browser and assistive technology you use. You will receive an answer within one month.";
        a11y_enforcement_title: "Schlichtungsverfahren", "Enforcement procedure";
        a11y_enforcement: "Wenn Sie auf Ihre Meldung innerhalb eines Monats keine oder keine zufriedenstellende Antwort erhalten, können Sie sich an die zuständige Stelle für Schlichtung und Durchsetzung wenden. Nach Angaben des Betreibers ist das:", "If you receive no answer, or no satisfactory answer, to your report within one month, you can turn to the body responsible for conciliation and enforcement. According to the operator, this is:";
        a11y_enforcement_note: "Dort können Sie auch nachfragen, wenn Sie nicht sicher sind, ob die Stelle für Ihr Anliegen zuständig ist.", "You can also ask there if you are not sure whether that body is responsible for your concern.";

        // Leichte Sprache (the text itself is German only: Info::EASY_READ)
        easy_title: "Leichte Sprache", "Easy-to-read German";
        easy_english_note: "Auf dieser Seite steht eine Erklärung von DigiKompass in Leichter Sprache.", "This page explains DigiKompass in easy-to-read German (Leichte Sprache). All other pages are available in English.";
    }
}

impl Info {
    /// The Leichte-Sprache page (German only, in any UI language). One sentence per line.
    /// `## ` starts a heading of level 2, `### ` of level 3, `- ` a list item; `[text](target)`
    /// is a link. `{email}`, `{name}`, `{address}`, `{conciliation_name}`, `{conciliation_url}`
    /// and `{imprint_url}` come from the operator settings.
    pub const EASY_READ: &'static str = "\
## Was ist DigiKompass?
DigiKompass ist ein Programm im Internet.
Mit DigiKompass kann eine Kommune sich selbst prüfen.
Eine Kommune ist eine Gemeinde, eine Stadt oder ein Land·kreis.
Die Kommune beantwortet Fragen zu 4 Themen:
- Open Source: Das sind Computer·programme mit offenem Bau·plan. Alle dürfen den Bau·plan lesen und verbessern.
- Open Data: Das sind Daten von der Verwaltung. Alle Menschen dürfen diese Daten benutzen.
- Cyber·sicherheit: Das ist der Schutz vor Angriffen über das Internet.
- Kompetenz und Organisation: Das ist das Wissen von den Mitarbeiterinnen und Mitarbeitern. Und das sind gute Abläufe in der Verwaltung.
Am Ende zeigt DigiKompass: So weit ist die Kommune schon.
Und DigiKompass zeigt: Das kann die Kommune als Nächstes tun.
Die Kommune bewertet sich dabei selbst.
Das nennt man: Selbst·einschätzung.

## Für wen ist DigiKompass?
DigiKompass ist für Menschen in der Verwaltung von Kommunen in Baden-Württemberg.
Zum Beispiel:
- für die Leitung vom Haupt·amt
- für Menschen, die sich um die Computer kümmern
- für Menschen, die sich um die Sicherheit von Daten kümmern
Die Ergebnisse sind auch für den Bürger·meister oder die Bürger·meisterin.
Und für den Gemeinde·rat.

## So benutzen Sie DigiKompass
Für alle Fragen brauchen Sie etwa {full} Minuten.
Es gibt auch einen Kurz·check.
Der Kurz·check hat weniger Fragen.
Dafür brauchen Sie etwa {kurz} Minuten.
DigiKompass speichert Ihre Antworten sofort.
Sie können also jederzeit eine Pause machen.
Später machen Sie dann weiter.

### Schritt 1: Start
Öffnen Sie die Start·seite.
Klicken Sie auf den Knopf „Selbsteinschätzung starten“.

### Schritt 2: Profil
Im Profil schreiben Sie:
- den Namen von Ihrer Kommune
- die Art von Ihrer Kommune, zum Beispiel Gemeinde oder Stadt
- die Zahl der Menschen, die in Ihrer Kommune wohnen
Dann wählen Sie: alle Fragen oder den Kurz·check.
Alle Fragen heißen hier „Vollständiger Check“.
Klicken Sie danach auf „Weiter“.

### Schritt 3: Fragen
Jetzt kommen die Fragen.
Zu jeder Frage gibt es 5 Stufen.
Stufe 0 bedeutet: Das gibt es bei uns noch nicht.
Stufe 4 bedeutet: Das gibt es bei uns. Und wir prüfen es regelmäßig.
Wählen Sie die Stufe, die zu Ihrer Kommune passt.
Sie kennen die Antwort nicht?
Dann wählen Sie „weiß nicht“.
Eine Frage passt nicht zu Ihrer Kommune?
Dann wählen Sie „nicht zutreffend“.
Schreiben Sie kurz dazu: Warum passt die Frage nicht?
Mit „Weiter“ kommen Sie zu den nächsten Fragen.
Auf der letzten Seite klicken Sie auf „Auswerten“.

### Schritt 4: Ergebnisse
Auf der Seite „Ergebnisse“ sehen Sie:
So weit ist Ihre Kommune bei jedem Thema.
Die Ergebnisse gibt es als Bild.
Und es gibt die Ergebnisse als Tabelle.
Auf der Seite „Maßnahmenplan“ sehen Sie:
Diese Aufgaben sind als Nächstes wichtig.

### Schritt 5: Bericht
Der Bericht zeigt alle Ergebnisse zusammen.
Sie können den Bericht drucken.
Klicken Sie dafür auf „Bericht drucken“.
Sie können den Bericht auch als Datei speichern.
Im nächsten Jahr können Sie wieder eine Selbst·einschätzung machen.
Dann sehen Sie: Das ist besser geworden.

## Ihre Daten bleiben bei Ihnen
DigiKompass speichert Ihre Antworten nur in Ihrem Browser.
Ein Browser ist das Programm für Internet·seiten.
Zum Beispiel: Edge, Chrome oder Firefox.
Ihre Antworten bleiben auf Ihrem Computer.
Der Betreiber von DigiKompass sieht Ihre Antworten nicht.
Sie möchten Ihre Antworten sichern?
Dann klicken Sie auf „Exportieren“.
Dann speichert Ihr Computer eine Datei mit Ihren Antworten.
Sie möchten alle Antworten löschen?
Das geht auf der Seite [Datenschutz](#/datenschutz).
Wichtig: Sie löschen die Daten in Ihrem Browser?
Dann sind auch Ihre Antworten gelöscht.

## So finden Sie sich zurecht
Oben auf jeder Seite ist das Menü.
Im Menü finden Sie die wichtigen Seiten.
Zum Beispiel: Start, Fragen und Ergebnisse.
Einige Seiten sehen Sie erst, wenn Sie eine Selbst·einschätzung angefangen haben.
Oben können Sie auch die Sprache wechseln: Deutsch oder Englisch.
Unten auf jeder Seite sind weitere Links.
Zum Beispiel:
- Datenschutz
- Erklärung zur Barriere·freiheit
- Leichte Sprache
- Barriere melden
Sie können DigiKompass auch mit der Tastatur bedienen.
Mit der Tab·taste kommen Sie zum nächsten Feld.

## Barriere·freiheit
Barriere·freiheit bedeutet:
Alle Menschen können DigiKompass gut benutzen.
Auch Menschen mit Behinderung.
DigiKompass soll barriere·frei sein.
Viele Teile sind schon barriere·frei.
Einige Teile sind noch nicht barriere·frei:
- Es gibt noch keine Filme in Gebärden·sprache.
- Die Ergebnisse als Bild sind für manche Menschen schwer zu erkennen. Darum gibt es die Ergebnisse auch als Text und als Tabelle.
- Den Bericht als Datei macht Ihr Browser. Diese Datei ist vielleicht nicht barriere·frei. Die Seite „Bericht“ zeigt aber alles als Text.
Hier finden Sie die ganze [Erklärung zur Barriere·freiheit](#/barrierefreiheit).
Die Erklärung ist in schwerer Sprache.

## Eine Barriere melden
Sie haben ein Problem mit DigiKompass?
Zum Beispiel: Sie können etwas nicht lesen.
Oder Sie können einen Knopf nicht benutzen.
Dann schreiben Sie bitte eine E-Mail an: [{email}](mailto:{email})
Oder schreiben Sie einen Brief an:
{name}, {address}
Sie bekommen innerhalb von einem Monat eine Antwort.
Sie sind mit der Antwort nicht zufrieden?
Dann können Sie sich an eine Schlichtungs·stelle wenden.
Eine Schlichtungs·stelle hilft bei Streit.
Dafür müssen Sie nicht vor Gericht gehen.
Diese Stelle ist für DigiKompass zuständig:
[{conciliation_name}]({conciliation_url})

## Mehr Informationen
Wie DigiKompass die Ergebnisse berechnet, steht auf der Seite [Methodik](#/methodik).
Was mit Ihren Daten passiert, steht auf der Seite [Datenschutz](#/datenschutz).
Diese beiden Seiten sind in schwerer Sprache.
Wer für DigiKompass verantwortlich ist, steht im [Impressum]({imprint_url}).
";
    /// [`Info::EASY_READ`] with the operator's details and the durations filled in.
    pub fn easy_read(facts: &EasyReadFacts) -> String {
        super::fill(
            Self::EASY_READ,
            &[
                ("address", facts.address),
                ("conciliation_name", facts.conciliation_name),
                ("conciliation_url", facts.conciliation_url),
                ("email", facts.email),
                ("full", facts.full_minutes),
                ("imprint_url", facts.imprint_url),
                ("kurz", facts.kurz_minutes),
                ("name", facts.name),
            ],
        )
    }
}

/// What the Leichte-Sprache page says about the operator and the durations.
pub struct EasyReadFacts<'a> {
    pub address: &'a str,
    pub conciliation_name: &'a str,
    pub conciliation_url: &'a str,
    pub email: &'a str,
    pub full_minutes: &'a str,
    pub imprint_url: &'a str,
    pub kurz_minutes: &'a str,
    pub name: &'a str,
}
