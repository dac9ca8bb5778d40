<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>BrowseTree</name>
    <message>
        <location filename="../../tipdesk/gui/browse_view.py" line="+98"/>
        <source>No topic</source>
        <translation>Sans thème</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{group}: {count} documents</source>
        <translation>{group} : {count} documents</translation>
    </message>
</context>
<context>
    <name>BrowseView</name>
    <message>
        <location line="+98"/>
        <source>By &amp;kind</source>
        <translation>Par &amp;type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse by kind of document</source>
        <translation>Parcourir par type de document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By t&amp;opic</source>
        <translation>Par t&amp;hème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse by topic</source>
        <translation>Parcourir par thème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library by kind and topic</source>
        <translation>La bibliothèque par type et par thème</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expand a group to see its documents; press Enter to open one.</source>
        <translation>Dépliez un groupe pour voir ses documents ; appuyez sur Entrée pour en ouvrir un.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../tipdesk/gui/crash.py" line="+79"/>
        <source>TIPdesk ran into a problem</source>
        <translation>TIPdesk a rencontré un problème</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong inside TIPdesk. This is a bug, not something you did. Your library and notes are safe; you can keep working.</source>
        <translation>Une erreur s&apos;est produite dans TIPdesk. C&apos;est un défaut du programme, pas une erreur de votre part. Votre bibliothèque et vos notes sont intactes ; vous pouvez continuer à travailler.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The details were written to {path}.</source>
        <translation>Les détails ont été enregistrés dans {path}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the error details</source>
        <translation>Copier les détails de l&apos;erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error details</source>
        <translation>Détails de l&apos;erreur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <location filename="../../tipdesk/gui/app.py" line="+200"/>
        <source>Another program is using it right now, most likely a TIPdesk command running in a terminal (an import, a sync or a reindex). Wait until it finishes, or stop it, then start TIPdesk again.</source>
        <translation>Un autre programme l&apos;utilise en ce moment, sans doute une commande TIPdesk lancée dans un terminal (import, synchronisation ou réindexation). Attendez qu&apos;elle se termine, ou arrêtez-la, puis relancez TIPdesk.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The library is in use</source>
        <translation>La bibliothèque est déjà utilisée</translation>
    </message>
</context>
<context>
    <name>DocumentHeader</name>
    <message>
        <location filename="../../tipdesk/gui/reader_header.py" line="+137"/>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Opens in your web browser, after asking</source>
        <translation>S&apos;ouvre dans votre navigateur web, après confirmation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source of this document</source>
        <translation>Source de ce document</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Facts in this document are still to be confirmed against the official text. Check the source before quoting it.</source>
        <translation>Les informations de ce document doivent encore être vérifiées par rapport au texte officiel. Consultez la source avant de le citer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Review notice</source>
        <translation>Avis de vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also in:</source>
        <translation>Aussi en :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document title</source>
        <translation>Titre du document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document details</source>
        <translation>Informations sur le document</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the %1 version at the same section</source>
        <translation>Ouvrir la version en %1 à la même section</translation>
    </message>
</context>
<context>
    <name>DocumentPages</name>
    <message>
        <location filename="../../tipdesk/gui/reader_pages.py" line="+61"/>
        <source>No document is open.</source>
        <translation>Aucun document n&apos;est ouvert.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The PDF viewer is not available in this installation, so this PDF is shown as the text extracted from it. Layout, pictures and tables may be missing.</source>
        <translation>La visionneuse PDF n&apos;est pas disponible dans cette installation : ce PDF est donc affiché sous forme du texte qui en a été extrait. La mise en page, les images et les tableaux peuvent manquer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This PDF could not be displayed, so it is shown as the text extracted from it. Layout, pictures and tables may be missing.</source>
        <translation>Ce PDF n&apos;a pas pu être affiché : il est donc présenté sous forme du texte qui en a été extrait. La mise en page, les images et les tableaux peuvent manquer.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Document text</source>
        <translation>Texte du document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reader message</source>
        <translation>Message du lecteur</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../tipdesk/gui/crash.py" line="+51"/>
        <source>TIPdesk</source>
        <translation>TIPdesk</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../tipdesk/gui/facets.py" line="+64"/>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All topics</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language filter</source>
        <translation>Filtre de langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of document filter</source>
        <translation>Filtre de type de document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic filter</source>
        <translation>Filtre de thème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country filter</source>
        <translation>Filtre de pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year filter</source>
        <translation>Filtre d&apos;année</translation>
    </message>
    <message>
        <location line="+101"/>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shows only documents with this value; the numbers are how many match.</source>
        <translation>N&apos;affiche que les documents ayant cette valeur ; les nombres indiquent combien correspondent.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../tipdesk/gui/find_bar.py" line="+199"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Find in this document</source>
        <translation>Rechercher dans ce document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Occurrence précédente (Maj+Entrée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match (Enter)</source>
        <translation>Occurrence suivante (Entrée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar (Esc)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the text</source>
        <translation>Effacer le texte</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../../tipdesk/gui/handouts.py" line="+125"/>
        <source>This seminar pack no longer exists.</source>
        <translation>Ce dossier de séminaire n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Save the handout as PDF</source>
        <translation>Enregistrer le document à distribuer en PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Handouts</source>
        <translation>Documents à distribuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parts to include:</source>
        <translation>&amp;Parties à inclure :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>Imp&amp;rimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts of the pack to include</source>
        <translation>Parties du dossier à inclure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the handout</source>
        <translation>Langue du document à distribuer</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <location filename="../../tipdesk/gui/help_dialogs.py" line="+17"/>
        <source>About TIPdesk</source>
        <translation>À propos de TIPdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIPdesk {version}

An offline library on trafficking in persons: conventions, guides and training material in English, Spanish, French and Portuguese, searchable with no network.

Data folder: {folder}</source>
        <translation>TIPdesk {version}

Une bibliothèque hors ligne sur la traite des personnes : conventions, guides et supports de formation en anglais, espagnol, français et portugais, consultables sans réseau.

Dossier de données : {folder}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../tipdesk/gui/import_dialog.py" line="+320"/>
        <source>Import documents</source>
        <translation>Importer des documents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents: Markdown, text, HTML, PDF ({patterns})</source>
        <translation>Documents : Markdown, texte, HTML, PDF ({patterns})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import a folder</source>
        <translation>Importer un dossier</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location line="-229"/>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document or file</source>
        <translation>Document ou fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was imported and what was skipped</source>
        <translation>Ce qui a été importé et ce qui a été ignoré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import summary</source>
        <translation>Résumé de l&apos;import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import cancelled</source>
        <translation>Import annulé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The import was cancelled. The documents read before you cancelled were kept in the library.</source>
        <translation>L&apos;import a été annulé. Les documents lus avant l&apos;annulation ont été conservés dans la bibliothèque.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added {added}, updated {updated}, skipped {skipped}.</source>
        <translation>Ajoutés : {added} ; mis à jour : {updated} ; ignorés : {skipped}.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n file(s) were already in the library and had not changed.</source>
        <translation>
            <numerusform>%n fichier était déjà dans la bibliothèque et n&apos;avait pas changé.</numerusform>
            <numerusform>%n fichiers étaient déjà dans la bibliothèque et n&apos;avaient pas changé.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No Markdown, text, HTML or PDF files were found there.</source>
        <translation>Aucun fichier Markdown, texte, HTML ou PDF n&apos;a été trouvé à cet endroit.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <location line="+88"/>
        <source>Importing documents</source>
        <translation>Import des documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking for documents…</source>
        <translation>Recherche des documents…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import progress</source>
        <translation>Progression de l&apos;import</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
</context>
<context>
    <name>KioskHome</name>
    <message>
        <location filename="../../tipdesk/gui/kiosk_widgets.py" line="+97"/>
        <source>TIPdesk — a library on trafficking in persons</source>
        <translation>TIPdesk — une bibliothèque sur la traite des personnes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type in the search box to find guides, checklists and laws.</source>
        <translation>Tapez dans la zone de recherche pour trouver des guides, des listes de contrôle et des lois.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear everything I did</source>
        <translation>Effacer tout ce que j&apos;ai fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Informations</translation>
    </message>
</context>
<context>
    <name>KioskMode</name>
    <message>
        <location filename="../../tipdesk/gui/kiosk.py" line="+347"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear everything I did</source>
        <translation>Effacer tout ce que j&apos;ai fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator…</source>
        <translation>Administrateur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the kiosk again</source>
        <translation>Verrouiller de nouveau la borne</translation>
    </message>
</context>
<context>
    <name>LibraryShare</name>
    <message>
        <location filename="../../tipdesk/gui/share_dialog.py" line="+108"/>
        <source>Cannot share on {address}: {reason}</source>
        <translation>Impossible de partager sur {address} : {reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tipdesk/gui/main_window.py" line="+226"/>
        <source>Close {title}</source>
        <translation>Fermer {title}</translation>
    </message>
    <message numerus="yes">
        <location line="+184"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n language(s)</source>
        <translation>
            <numerusform>%n langue</numerusform>
            <numerusform>%n langues</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Library size</source>
        <translation>Taille de la bibliothèque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The search index was damaged and was rebuilt.</source>
        <translation>L&apos;index de recherche était endommagé et a été reconstruit.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notes and bookmarks</source>
        <translation>Notes et signets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open documents</source>
        <translation>Documents ouverts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search and documents</source>
        <translation>Recherche et documents</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the library with the box on the left ({search}), or browse it by kind and topic. Documents open here, each in its own tab.</source>
        <translation>Cherchez dans la bibliothèque avec la zone de gauche ({search}), ou parcourez-la par type et par thème. Les documents s&apos;ouvrent ici, chacun dans son propre onglet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../tipdesk/gui/note_editor.py" line="+96"/>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On: {document}</source>
        <translation>Sur : {document}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the note goes</source>
        <translation>Emplacement de la note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach the note to</source>
        <translation>Rattacher la note à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note text</source>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your note here. Ctrl+Enter saves it.</source>
        <translation>Écrivez votre note ici. Ctrl+Entrée l&apos;enregistre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole document</source>
        <translation>Le document entier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This section: {section}</source>
        <translation>Cette section : {section}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the note</source>
        <translation>Enregistrer la note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard the changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>On: {document} — {section}</source>
        <translation>Sur : {document} — {section}</translation>
    </message>
</context>
<context>
    <name>NotesExporter</name>
    <message>
        <location filename="../../tipdesk/gui/notes_export.py" line="+46"/>
        <source>Notes and bookmarks</source>
        <translation>Notes et signets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported from TIPdesk on {date}.</source>
        <translation>Exporté depuis TIPdesk le {date}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no bookmarks or notes yet.</source>
        <translation>Il n&apos;y a pas encore de signets ni de notes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmark</source>
        <translation>Signet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole document</source>
        <translation>Document entier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page {page}</source>
        <translation>Page {page}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added {date}</source>
        <translation>Ajouté le {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated {date}</source>
        <translation>Mis à jour le {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This document is no longer in the library.</source>
        <translation>Ce document n&apos;est plus dans la bibliothèque.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language: {language}</source>
        <translation>Langue : {language}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export notes as Markdown</source>
        <translation>Exporter les notes en Markdown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Markdown files (*.md)</source>
        <translation>Fichiers Markdown (*.md)</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../tipdesk/gui/notes_panel.py" line="+139"/>
        <source>&amp;Only this document</source>
        <translation>&amp;Seulement ce document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the notes of this document</source>
        <translation>N&apos;afficher que les notes de ce document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmarks and notes</source>
        <translation>Signets et notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No bookmarks or notes yet. Open a document, then use Bookmark or Add note to keep your place or write down a thought.</source>
        <translation>Pas encore de signets ni de notes. Ouvrez un document, puis utilisez Signet ou Ajouter une note pour garder votre place ou noter une idée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No bookmarks or notes</source>
        <translation>Aucun signet ni note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit note</source>
        <translation>&amp;Modifier la note</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Bookmark</source>
        <translation>&amp;Signet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bookmark this section</source>
        <translation>Ajouter un signet à cette section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;note…</source>
        <translation>Ajouter une &amp;note…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected note</source>
        <translation>Modifier la note sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected item</source>
        <translation>Supprimer l&apos;élément sélectionné</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport as Markdown…</source>
        <translation>E&amp;xporter en Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export all bookmarks and notes as a Markdown file</source>
        <translation>Exporter tous les signets et notes dans un fichier Markdown</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes status</source>
        <translation>État des notes</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>not in the library</source>
        <translation>absent de la bibliothèque</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bookmark: {where}</source>
        <translation>Signet : {where}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note: {text}</source>
        <translation>Note : {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note on {where}: {text}</source>
        <translation>Note sur {where} : {text}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added {date}</source>
        <translation>Ajouté le {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated {date}</source>
        <translation>Mis à jour le {date}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Bookmark “{section}”</source>
        <translation>Signet « {section} »</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Bookmark added.</source>
        <translation>Signet ajouté.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Note added.</source>
        <translation>Note ajoutée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note saved.</source>
        <translation>Note enregistrée.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this note? This cannot be undone.</source>
        <translation>Supprimer cette note ? Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bookmark deleted.</source>
        <translation>Signet supprimé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note deleted.</source>
        <translation>Note supprimée.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exported to {path}.</source>
        <translation>Exporté dans {path}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The notes could not be written to {path}: {reason}</source>
        <translation>Impossible d&apos;écrire les notes dans {path} : {reason}</translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message>
        <location filename="../../tipdesk/gui/pack_editor.py" line="+142"/>
        <source>This document is no longer in the library.</source>
        <translation>Ce document n&apos;est plus dans la bibliothèque.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Planned: %n minute(s)</source>
        <translation>
            <numerusform>Prévu : %n minute</numerusform>
            <numerusform>Prévu : %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Seminar &amp;title:</source>
        <translation>&amp;Titre du séminaire :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P&amp;lace:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Items (drag to reorder, or Alt+Up / Alt+Down):</source>
        <translation>&amp;Éléments (faites-les glisser pour les réordonner, ou Alt+Haut / Alt+Bas) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainer&apos;s &amp;note for this item:</source>
        <translation>&amp;Note du formateur pour cet élément :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned &amp;minutes:</source>
        <translation>&amp;Minutes prévues :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Présenter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handouts…</source>
        <translation>Documents à distribuer…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items of the pack</source>
        <translation>Éléments du dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainer&apos;s note</source>
        <translation>Note du formateur</translation>
    </message>
</context>
<context>
    <name>PacksPanel</name>
    <message>
        <location filename="../../tipdesk/gui/packs_panel.py" line="+201"/>
        <location line="+7"/>
        <source>New seminar pack</source>
        <translation>Nouveau dossier de séminaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename the seminar pack</source>
        <translation>Renommer le dossier de séminaire</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete the seminar pack</source>
        <translation>Supprimer le dossier de séminaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the pack “%1”? Its documents stay in the library.</source>
        <translation>Supprimer le dossier « %1 » ? Ses documents restent dans la bibliothèque.</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+70"/>
        <source>Seminar packs</source>
        <translation>Dossiers de séminaire</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Export the seminar pack</source>
        <translation>Exporter le dossier de séminaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Seminar packs (*%1)</source>
        <translation>Dossiers de séminaire (*%1)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Import a seminar pack</source>
        <translation>Importer un dossier de séminaire</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pack “%1” was added.</source>
        <translation>Le dossier « %1 » a été ajouté.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>From the publisher (checked): %n document(s).</source>
        <translation>
            <numerusform>De l&apos;éditeur (vérifié) : %n document.</numerusform>
            <numerusform>De l&apos;éditeur (vérifiés) : %n documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Shared by a colleague (not checked): %n document(s).</source>
        <translation>
            <numerusform>Partagé par un collègue (non vérifié) : %n document.</numerusform>
            <numerusform>Partagés par un collègue (non vérifiés) : %n documents.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your library has another version of: %1. Yours was kept.</source>
        <translation>Votre bibliothèque contient une autre version de : %1. La vôtre a été conservée.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Seminar &amp;packs:</source>
        <translation>&amp;Dossiers de séminaire :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
</context>
<context>
    <name>PdfPane</name>
    <message>
        <location filename="../../tipdesk/gui/pdf_view.py" line="+198"/>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Page</source>
        <translation>&amp;Page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page number</source>
        <translation>Numéro de page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom arrière (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom avant (Ctrl++)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the page to the width of the window</source>
        <translation>Ajuster la page à la largeur de la fenêtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>PDF pages and zoom</source>
        <translation>Pages et zoom du PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More PDF controls</source>
        <translation>Plus de commandes PDF</translation>
    </message>
</context>
<context>
    <name>PresentationLauncher</name>
    <message>
        <location filename="../../tipdesk/gui/presentation.py" line="+249"/>
        <source>There is nothing to present.</source>
        <translation>Il n&apos;y a rien à présenter.</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../../tipdesk/gui/presenter_view.py" line="+155"/>
        <source>search result — Esc returns</source>
        <translation>résultat de recherche — Échap pour revenir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>black screen</source>
        <translation>écran noir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This part</source>
        <translation>Cette partie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In all</source>
        <translation>Au total</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Presenter view — TIPdesk</source>
        <translation>Vue présentateur — TIPdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainer&apos;s notes</source>
        <translation>Notes du formateur</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../tipdesk/gui/printing.py" line="+61"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Cannot write to %1.</source>
        <translation>Impossible d&apos;écrire dans %1.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The PDF file could not be read.</source>
        <translation>Le fichier PDF n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Print document</source>
        <translation>Imprimer le document</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The document could not be printed.</source>
        <translation>Le document n&apos;a pas pu être imprimé.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The PDF could not be saved to %1.</source>
        <translation>Le PDF n&apos;a pas pu être enregistré dans %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReaderTab</name>
    <message>
        <location filename="../../tipdesk/gui/reader.py" line="+208"/>
        <source>This document is no longer in the library.</source>
        <translation>Ce document n&apos;est plus dans la bibliothèque.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This document could not be opened.</source>
        <translation>Ce document n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Open in web browser</source>
        <translation>Ouvrir dans le navigateur web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this page in your web browser? You may need an internet connection.</source>
        <translation>Ouvrir cette page dans votre navigateur web ? Une connexion à internet peut être nécessaire.</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Note about this document</source>
        <translation>Remarque sur ce document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents and document</source>
        <translation>Sommaire et document</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../tipdesk/gui/results_model.py" line="+28"/>
        <source>Page {page}</source>
        <translation>Page {page}</translation>
    </message>
</context>
<context>
    <name>SearchOverlay</name>
    <message>
        <location filename="../../tipdesk/gui/present_search.py" line="+151"/>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search while presenting</source>
        <translation>Rechercher pendant la présentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter shows the result on the screen; Esc goes back to the slide.</source>
        <translation>Entrée affiche le résultat à l&apos;écran ; Échap revient à la diapositive.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../tipdesk/gui/search_panel.py" line="+332"/>
        <source>Search the library…</source>
        <translation>Rechercher dans la bibliothèque…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results appear as you type. Down and Up move through them; Enter opens one.</source>
        <translation>Les résultats s&apos;affichent pendant la saisie. Les flèches haut et bas permettent de les parcourir ; Entrée en ouvre un.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each result shows the title, kind, language, section and matching words.</source>
        <translation>Chaque résultat indique le titre, le type, la langue, la section et les mots trouvés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Load more results</source>
        <translation>Afficher plus de résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No results</source>
        <translation>Aucun résultat</translation>
    </message>
</context>
<context>
    <name>SearchStatus</name>
    <message numerus="yes">
        <location filename="../../tipdesk/gui/search_status.py" line="+14"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No document matches “{query}”.</source>
        <translation>Aucun document ne correspond à « {query} ».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the spelling, or try fewer or other words.</source>
        <translation>Vérifiez l&apos;orthographe, ou essayez moins de mots ou d&apos;autres mots.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can search in English, Spanish, French or Portuguese: all four are searched at once.</source>
        <translation>Vous pouvez chercher en anglais, espagnol, français ou portugais : les quatre langues sont interrogées en même temps.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filters are on: clear them to search the whole library.</source>
        <translation>Des filtres sont actifs : effacez-les pour chercher dans toute la bibliothèque.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>{documents} in the library</source>
        <translation>{documents} dans la bibliothèque</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Did you mean: {word}</source>
        <translation>Vouliez-vous dire : {word}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Number of documents found</source>
        <translation>Nombre de documents trouvés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did you mean:</source>
        <translation>Vouliez-vous dire :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search for this word instead</source>
        <translation>Chercher plutôt ce mot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No document has all the words; showing documents with some of them.</source>
        <translation>Aucun document ne contient tous les mots ; voici des documents qui en contiennent certains.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note about the results</source>
        <translation>Remarque sur les résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search problem</source>
        <translation>Problème de recherche</translation>
    </message>
</context>
<context>
    <name>SeminarParts</name>
    <message>
        <location filename="../../tipdesk/gui/seminar_parts.py" line="+132"/>
        <source>Seminar packs</source>
        <translation>Dossiers de séminaire</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../tipdesk/gui/settings_dialog.py" line="+118"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l&apos;interface :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reader &amp;font size:</source>
        <translation>&amp;Taille du texte du lecteur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reader font size in points</source>
        <translation>Taille du texte du lecteur en points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme:</source>
        <translation>T&amp;hème :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Data folder:</source>
        <translation>Dossier de &amp;données :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your library, notes and settings are kept in this folder.</source>
        <translation>Votre bibliothèque, vos notes et vos paramètres sont conservés dans ce dossier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the data folder</source>
        <translation>Ouvrir le dossier de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep search history</source>
        <translation>&amp;Conserver l&apos;historique des recherches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep search history</source>
        <translation>Conserver l&apos;historique des recherches</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remember your searches on this computer. Turning this off also forgets the searches kept so far.</source>
        <translation>Mémoriser vos recherches sur cet ordinateur. Désactiver cette option efface aussi les recherches conservées jusqu&apos;ici.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../tipdesk/gui/share_dialog.py" line="+85"/>
        <source>This computer only — {address}</source>
        <translation>Cet ordinateur seulement — {address}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every network of this computer — {address}</source>
        <translation>Tous les réseaux de cet ordinateur — {address}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Stop sharing</source>
        <translation>&amp;Arrêter le partage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Start sharing</source>
        <translation>&amp;Commencer le partage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy the address</source>
        <translation>&amp;Copier l&apos;adresse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only this computer can use this address. Choose the network the participants are on above, so that their computers can reach yours.</source>
        <translation>Seul cet ordinateur peut utiliser cette adresse. Choisissez ci-dessus le réseau sur lequel se trouvent les participants, pour que leurs ordinateurs puissent joindre le vôtre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give this address to the participants. In their TIPdesk: Library → Update the library…, Add a colleague&apos;s computer…, type the address, Update now. They check everything against the publisher&apos;s signatures.</source>
        <translation>Donnez cette adresse aux participants. Dans leur TIPdesk : Bibliothèque → Mettre à jour la bibliothèque…, Ajouter l&apos;ordinateur d&apos;un collègue…, saisir l&apos;adresse, Mettre à jour maintenant. Tout est vérifié grâce aux signatures de l&apos;éditeur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Participants on the same network can update their library from this computer: choose the network and start sharing.</source>
        <translation>Les participants sur le même réseau peuvent mettre à jour leur bibliothèque depuis cet ordinateur : choisissez le réseau et commencez le partage.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Requests answered so far: {count}</source>
        <translation>Demandes traitées jusqu&apos;ici : {count}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Share my library on this network</source>
        <translation>Partager ma bibliothèque sur ce réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share &amp;on:</source>
        <translation>Partager &amp;sur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network to share on</source>
        <translation>Le réseau de partage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address to give participants</source>
        <translation>L&apos;adresse à donner aux participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the address</source>
        <translation>Copier l&apos;adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share the library</source>
        <translation>Partager la bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How participants connect</source>
        <translation>Comment les participants se connectent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests answered</source>
        <translation>Demandes traitées</translation>
    </message>
</context>
<context>
    <name>SourceList</name>
    <message>
        <location filename="../../tipdesk/gui/sync_sources.py" line="+147"/>
        <source>{path} is not a folder.</source>
        <translation>{path} n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Folder or USB stick</source>
        <translation>Dossier ou clé USB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer on this network</source>
        <translation>Ordinateur sur ce réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind}: {address}</source>
        <translation>{kind} : {address}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add a web address</source>
        <translation>Ajouter une adresse web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The publisher&apos;s address, for example https://updates.example.org/</source>
        <translation>L&apos;adresse de l&apos;éditeur, par exemple https://updates.example.org/</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a colleague&apos;s computer</source>
        <translation>Ajouter l&apos;ordinateur d&apos;un collègue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address your colleague&apos;s TIPdesk shows under “Share my library on this network”, for example 192.168.1.20:8765</source>
        <translation>L&apos;adresse affichée par le TIPdesk de votre collègue sous « Partager ma bibliothèque sur ce réseau », par exemple 192.168.1.20:8765</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose the folder or USB stick to update from</source>
        <translation>Choisissez le dossier ou la clé USB à partir duquel mettre à jour</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Update from:</source>
        <translation>&amp;Mettre à jour depuis :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources to update from</source>
        <translation>Sources de mise à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem with the source</source>
        <translation>Problème avec la source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a &amp;web address…</source>
        <translation>Ajouter une adresse &amp;web…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a f&amp;older or USB stick…</source>
        <translation>Ajouter un &amp;dossier ou une clé USB…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a &amp;colleague&apos;s computer…</source>
        <translation>Ajouter l&apos;ordinateur d&apos;un co&amp;llègue…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen source</source>
        <translation>Retirer la source choisie</translation>
    </message>
</context>
<context>
    <name>StartupWindow</name>
    <message>
        <location filename="../../tipdesk/gui/startup.py" line="+45"/>
        <location line="+1"/>
        <source>TIPdesk</source>
        <translation>TIPdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Preparing the library for its first use…</source>
        <translation>Préparation de la bibliothèque pour sa première utilisation…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opening the library…</source>
        <translation>Ouverture de la bibliothèque…</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../tipdesk/gui/sync_controller.py" line="+123"/>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Update the library…</source>
        <translation>&amp;Mettre à jour la bibliothèque…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Share my library on this network</source>
        <translation>&amp;Partager ma bibliothèque sur ce réseau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update the library ({shortcut})</source>
        <translation>Mettre à jour la bibliothèque ({shortcut})</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../tipdesk/gui/sync_dialog.py" line="+163"/>
        <source>Add a source first: a web address, a folder or a colleague&apos;s computer.</source>
        <translation>Ajoutez d&apos;abord une source : une adresse web, un dossier ou l&apos;ordinateur d&apos;un collègue.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The update was cancelled.</source>
        <translation>La mise à jour a été annulée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was changed in your library. What was already downloaded is kept: the next update continues where this one stopped.</source>
        <translation>Rien n&apos;a été modifié dans votre bibliothèque. Ce qui a déjà été téléchargé est conservé : la prochaine mise à jour reprendra là où celle-ci s&apos;est arrêtée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The library was not updated: {reason}</source>
        <translation>La bibliothèque n&apos;a pas été mise à jour : {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your library is unchanged and still works offline.</source>
        <translation>Votre bibliothèque n&apos;a pas changé et fonctionne toujours hors ligne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The update stopped because of an error in TIPdesk.</source>
        <translation>La mise à jour s&apos;est arrêtée à cause d&apos;une erreur de TIPdesk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your library still works offline.</source>
        <translation>Votre bibliothèque fonctionne toujours hors ligne.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>The library is up to date (release {release}, %n document(s)).</source>
        <translation>
            <numerusform>La bibliothèque est à jour (version {release}, %n document).</numerusform>
            <numerusform>La bibliothèque est à jour (version {release}, %n documents).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n document(s) added</source>
        <translation>
            <numerusform>%n document ajouté</numerusform>
            <numerusform>%n documents ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n revised</source>
        <translation>
            <numerusform>%n révisé</numerusform>
            <numerusform>%n révisés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n withdrawn</source>
        <translation>
            <numerusform>%n retiré</numerusform>
            <numerusform>%n retirés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From {source}: release {release}, {size} downloaded in {seconds} s.</source>
        <translation>Depuis {source} : version {release}, {size} téléchargés en {seconds} s.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n document(s) could not be read and were left out:</source>
        <translation>
            <numerusform>%n document n&apos;a pas pu être lu et a été laissé de côté :</numerusform>
            <numerusform>%n documents n&apos;ont pas pu être lus et ont été laissés de côté :</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This library has not been updated yet.</source>
        <translation>Cette bibliothèque n&apos;a pas encore été mise à jour.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Last updated {when} from {source} (release {release}, %n document(s)).</source>
        <translation>
            <numerusform>Dernière mise à jour : {when} depuis {source} (version {release}, %n document).</numerusform>
            <numerusform>Dernière mise à jour : {when} depuis {source} (version {release}, %n documents).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That source is out of date: the publisher&apos;s signature expired on {date}. Your library still works offline; update from a newer source.</source>
        <translation>Cette source est périmée : la signature de l&apos;éditeur a expiré le {date}. Votre bibliothèque fonctionne toujours hors ligne ; mettez-la à jour depuis une source plus récente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the publisher&apos;s root file</source>
        <translation>Choisissez le fichier racine de l&apos;éditeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TUF root files (*.json)</source>
        <translation>Fichiers racine TUF (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Update the library</source>
        <translation>Mettre à jour la bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Update now</source>
        <translation>&amp;Mettre à jour maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the library now</source>
        <translation>Mettre à jour la bibliothèque maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel update</source>
        <translation>&amp;Annuler la mise à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher&apos;s &amp;root file…</source>
        <translation>Fichier &amp;racine de l&apos;éditeur…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only needed once, when your organisation runs its own publisher</source>
        <translation>Nécessaire une seule fois, si votre organisation a son propre éditeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the library stands</source>
        <translation>État de la bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Update progress</source>
        <translation>Progression de la mise à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update result</source>
        <translation>Résultat de la mise à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update details</source>
        <translation>Détails de la mise à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What&apos;s new (double-click to open):</source>
        <translation>&amp;Nouveautés (double-cliquez pour ouvrir) :</translation>
    </message>
</context>
<context>
    <name>SyncProgressText</name>
    <message>
        <location filename="../../tipdesk/gui/sync_progress.py" line="+55"/>
        <source>Asking {source} what is new…</source>
        <translation>Demande des nouveautés à {source}…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Downloading: {done} of {total} files · {got} of {size} · {speed}/s</source>
        <translation>Téléchargement : {done} sur {total} fichiers · {got} sur {size} · {speed}/s</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Updating the library…</source>
        <translation>Mise à jour de la bibliothèque…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updating the library: {done} of {total} documents</source>
        <translation>Mise à jour de la bibliothèque : {done} sur {total} documents</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../tipdesk/gui/sync_status.py" line="+94"/>
        <source>Updating the library; click to see the progress</source>
        <translation>Mise à jour de la bibliothèque ; cliquez pour voir la progression</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never updated</source>
        <translation>Jamais mise à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This library has not been updated yet; click to update</source>
        <translation>Cette bibliothèque n&apos;a pas encore été mise à jour ; cliquez pour la mettre à jour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source out of date</source>
        <translation>Source périmée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Updated {when}</source>
        <translation>Mise à jour {when}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n nouveau</numerusform>
            <numerusform>%n nouveaux</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Library updates: {state}</source>
        <translation>Mises à jour de la bibliothèque : {state}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last updated {when} from {source}.</source>
        <translation>Dernière mise à jour : {when} depuis {source}.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n document(s) new or revised in the last update.</source>
        <translation>
            <numerusform>%n document nouveau ou révisé lors de la dernière mise à jour.</numerusform>
            <numerusform>%n documents nouveaux ou révisés lors de la dernière mise à jour.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An update was downloaded but not finished; update again.</source>
        <translation>Une mise à jour a été téléchargée mais pas terminée ; relancez la mise à jour.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to update or to see what is new.</source>
        <translation>Cliquez pour mettre à jour ou voir les nouveautés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The publisher&apos;s signature on this library&apos;s updates expired on {date}. Your library still works offline; update it from a newer source when you can.</source>
        <translation>La signature de l&apos;éditeur sur les mises à jour de cette bibliothèque a expiré le {date}. Votre bibliothèque fonctionne toujours hors ligne ; mettez-la à jour depuis une source plus récente dès que possible.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <source>Updates available</source>
        <translation>Mises à jour disponibles</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>{source} has {added} new, {updated} revised and {removed} withdrawn documents. Click to update the library.</source>
        <translation>{source} propose {added} nouveaux documents, {updated} révisés et {removed} retirés. Cliquez pour mettre à jour la bibliothèque.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sharing at {address}</source>
        <translation>Partage sur {address}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your library is shared on this network; click to stop</source>
        <translation>Votre bibliothèque est partagée sur ce réseau ; cliquez pour arrêter</translation>
    </message>
</context>
<context>
    <name>TocTree</name>
    <message>
        <location filename="../../tipdesk/gui/reader_toc.py" line="+87"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections of this document</source>
        <translation>Sections de ce document</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../tipdesk/gui/kiosk_widgets.py" line="+32"/>
        <source>No administrator PIN is configured for this kiosk (see docs/kiosk.md).</source>
        <translation>Aucun code PIN d&apos;administrateur n&apos;est configuré pour cette borne (voir docs/kiosk.md).</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de codes PIN erronés. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de codes PIN erronés. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is not the administrator PIN.</source>
        <translation>Ce n&apos;est pas le code PIN d&apos;administrateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator &amp;PIN:</source>
        <translation>Code &amp;PIN d&apos;administrateur :</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../tipdesk/gui/vocabulary.py" line="+19"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Convention</source>
        <translation>Convention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declaration</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work plan</source>
        <translation>Plan de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training module</source>
        <translation>Module de formation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case study</source>
        <translation>Étude de cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Law</source>
        <translation>Loi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prevention</source>
        <translation>Prévention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protection</source>
        <translation>Protection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prosecution</source>
        <translation>Poursuites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partnership</source>
        <translation>Partenariats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooperation</source>
        <translation>Coopération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Victim identification</source>
        <translation>Identification des victimes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Victim assistance</source>
        <translation>Assistance aux victimes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sexual exploitation</source>
        <translation>Exploitation sexuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forced labour</source>
        <translation>Travail forcé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Human rights</source>
        <translation>Droits de l&apos;homme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrant smuggling</source>
        <translation>Trafic illicite de migrants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organized crime</source>
        <translation>Criminalité organisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money laundering</source>
        <translation>Blanchiment d&apos;argent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vulnerability</source>
        <translation>Vulnérabilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child labour</source>
        <translation>Travail des enfants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witness protection</source>
        <translation>Protection des témoins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigation</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compensation</source>
        <translation>Indemnisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-punishment</source>
        <translation>Non-sanction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Border control</source>
        <translation>Contrôle des frontières</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corruption</source>
        <translation>Corruption</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technology</source>
        <translation>Technologie</translation>
    </message>
</context>
<context>
    <name>WhatsNewList</name>
    <message>
        <location filename="../../tipdesk/gui/whats_new.py" line="+68"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revised</source>
        <translation>Révisé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What&apos;s new: documents added or revised by the last sync</source>
        <translation>Nouveautés : documents ajoutés ou révisés lors de la dernière synchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a document, or press Enter, to open it</source>
        <translation>Double-cliquez sur un document, ou appuyez sur Entrée, pour l&apos;ouvrir</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../tipdesk/gui/window_actions.py" line="+136"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;minar</source>
        <translation>&amp;Séminaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import documents…</source>
        <translation>&amp;Importer des documents…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a &amp;folder…</source>
        <translation>Importer un d&amp;ossier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>Imp&amp;rimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search the library</source>
        <translation>&amp;Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find in document</source>
        <translation>Rechercher dans le &amp;document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find ne&amp;xt</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find pre&amp;vious</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bookmark this section</source>
        <translation>&amp;Marquer cette section d&apos;un signet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a &amp;note…</source>
        <translation>Ajouter une &amp;note…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Normal size</source>
        <translation>Taille &amp;normale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;High contrast</source>
        <translation>Contraste &amp;élevé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes and bookmarks panel</source>
        <translation>&amp;Panneau des notes et signets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the next &amp;pane</source>
        <translation>Passer au panneau &amp;suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next tab</source>
        <translation>Onglet s&amp;uivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous tab</source>
        <translation>Onglet pré&amp;cédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close tab</source>
        <translation>&amp;Fermer l&apos;onglet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New seminar pack…</source>
        <translation>&amp;Nouveau dossier de séminaire…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add to seminar pack</source>
        <translation>&amp;Ajouter au dossier de séminaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Present this document</source>
        <translation>&amp;Présenter ce document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Seminar packs panel</source>
        <translation>Panneau des dossiers de &amp;séminaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About TIPdesk</source>
        <translation>À &amp;propos de TIPdesk</translation>
    </message>
</context>
<context>
    <name>tipdesk</name>
    <message>
        <location filename="core_messages.py" line="+8"/>
        <source>The library database could not be written: {detail}</source>
        <translation>Impossible d&apos;écrire dans la base de données de la bibliothèque : {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is full: free some space and try again. Nothing in the library was lost.</source>
        <translation>Le disque est plein : libérez de la place et réessayez. Rien n&apos;a été perdu dans la bibliothèque.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library folder is read-only: {path}</source>
        <translation>Le dossier de la bibliothèque est en lecture seule : {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: the file is empty</source>
        <translation>{file} : le fichier est vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: the file is too large ({mb} MB; the limit is {limit} MB)</source>
        <translation>{file} : le fichier est trop volumineux ({mb} Mo ; la limite est de {limit} Mo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: this is not a text file</source>
        <translation>{file} : ce n&apos;est pas un fichier texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: the page has no text</source>
        <translation>{file} : la page ne contient pas de texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: the PDF has no text that can be searched (it may be a scanned image)</source>
        <translation>{file} : le PDF ne contient pas de texte exploitable pour la recherche (il s&apos;agit peut-être d&apos;une image numérisée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: the PDF is protected by a password</source>
        <translation>{file} : le PDF est protégé par un mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: the PDF is damaged and cannot be read</source>
        <translation>{file} : le PDF est endommagé et ne peut pas être lu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: the front matter is not closed with a line &apos;---&apos;</source>
        <translation>{file} : l&apos;en-tête de métadonnées n&apos;est pas fermé par une ligne &apos;---&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: the front matter must be a list of &apos;field: value&apos; lines</source>
        <translation>{file} : l&apos;en-tête de métadonnées doit être une liste de lignes &apos;champ: valeur&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: &apos;{field}&apos; must be a list of words</source>
        <translation>{file} : &apos;{field}&apos; doit être une liste de mots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: missing field(s) in the front matter: {fields}</source>
        <translation>{file} : champ(s) manquant(s) dans l&apos;en-tête de métadonnées : {fields}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: the id &apos;{id}&apos; may only use lower case letters, digits and &apos;-&apos;</source>
        <translation>{file} : l&apos;identifiant &apos;{id}&apos; ne peut contenir que des lettres minuscules, des chiffres et &apos;-&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: unknown language &apos;{language}&apos; (use en, es, fr or pt)</source>
        <translation>{file} : langue inconnue &apos;{language}&apos; (utilisez en, es, fr ou pt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: unknown kind &apos;{kind}&apos;</source>
        <translation>{file} : type inconnu &apos;{kind}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: &apos;published&apos; must be a date like 2000-11-15, 2000-11 or 2000</source>
        <translation>{file} : &apos;published&apos; doit être une date comme 2000-11-15, 2000-11 ou 2000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: &apos;source_url&apos; must be a web address (https://…)</source>
        <translation>{file} : &apos;source_url&apos; doit être une adresse web (https://…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: not an ISO country code: {codes}</source>
        <translation>{file} : code de pays ISO non valide : {codes}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: the front matter is not valid YAML{where}</source>
        <translation>{file} : l&apos;en-tête de métadonnées n&apos;est pas du YAML valide{where}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: the id &apos;{id}&apos; is already used by another document</source>
        <translation>{file} : l&apos;identifiant &apos;{id}&apos; est déjà utilisé par un autre document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: could not be copied into the library ({reason})</source>
        <translation>{file} : impossible de le copier dans la bibliothèque ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kiosk configuration {file} cannot be used: {problem}</source>
        <translation>La configuration de borne {file} est inutilisable : {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PIN must have {min} to {max} characters, without spaces at the ends.</source>
        <translation>Le code PIN doit comporter de {min} à {max} caractères, sans espace au début ni à la fin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library in {path} is in use by another TIPdesk window or command.</source>
        <translation>La bibliothèque située dans {path} est utilisée par une autre fenêtre ou commande TIPdesk.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Rebuilding the search index…</source>
        <translation>Reconstruction de l&apos;index de recherche…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This seminar pack no longer exists.</source>
        <translation>Ce dossier de séminaire n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack refers to documents that are no longer in the library: {ids}. Remove them from the pack first.</source>
        <translation>Le dossier fait référence à des documents qui ne sont plus dans la bibliothèque : {ids}. Retirez-les d&apos;abord du dossier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack could not be written to {path}: {reason}</source>
        <translation>Impossible d&apos;écrire le dossier dans {path} : {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was refused: the document &apos;{id}&apos; does not match the manifest. Nothing was imported.</source>
        <translation>{file} a été refusé : le document &apos;{id}&apos; ne correspond pas au manifeste. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was refused: the document &apos;{id}&apos; cannot be read ({reason}). Nothing was imported.</source>
        <translation>{file} a été refusé : le document &apos;{id}&apos; est illisible ({reason}). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was refused: its manifest is wrong ({problem}). Nothing was imported.</source>
        <translation>{file} a été refusé : son manifeste est incorrect ({problem}). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was made by a newer TIPdesk (pack format {version}); update TIPdesk to open it. Nothing was imported.</source>
        <translation>{file} a été créé par une version plus récente de TIPdesk (format de dossier {version}) ; mettez TIPdesk à jour pour l&apos;ouvrir. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was refused: the entry &apos;{entry}&apos; is not part of a seminar pack. Nothing was imported.</source>
        <translation>{file} a été refusé : l&apos;élément &apos;{entry}&apos; ne fait pas partie d&apos;un dossier de séminaire. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was refused: the manifest names &apos;{entry}&apos;, which is not in the pack. Nothing was imported.</source>
        <translation>{file} a été refusé : le manifeste cite &apos;{entry}&apos;, qui n&apos;est pas dans le dossier. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was refused: &apos;{id}&apos; is not a valid document id. Nothing was imported.</source>
        <translation>{file} a été refusé : &apos;{id}&apos; n&apos;est pas un identifiant de document valide. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was refused: the pack refers to &apos;{id}&apos;, which it does not contain. Nothing was imported.</source>
        <translation>{file} a été refusé : le dossier fait référence à &apos;{id}&apos;, qu&apos;il ne contient pas. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A seminar pack needs a name.</source>
        <translation>Un dossier de séminaire doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The planned time must be between 0 and {max} minutes.</source>
        <translation>La durée prévue doit être comprise entre 0 et {max} minutes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a document to add to the pack.</source>
        <translation>Choisissez un document à ajouter au dossier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This item is no longer in the pack.</source>
        <translation>Cet élément n&apos;est plus dans le dossier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack changed; reload it.</source>
        <translation>Le dossier a changé ; rechargez-le.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was refused: it holds too many files ({count}; at most {max}). Nothing was imported.</source>
        <translation>{file} a été refusé : il contient trop de fichiers ({count} ; au maximum {max}). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was refused: it would unpack to more than {max} MB. Nothing was imported.</source>
        <translation>{file} a été refusé : une fois décompressé, il dépasserait {max} Mo. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was refused: the entry &apos;{entry}&apos; would be written outside the pack&apos;s folder. Nothing was imported.</source>
        <translation>{file} a été refusé : l&apos;élément &apos;{entry}&apos; serait écrit hors du dossier du paquet. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was refused: the entry &apos;{entry}&apos; is a link. Nothing was imported.</source>
        <translation>{file} a été refusé : l&apos;élément &apos;{entry}&apos; est un lien. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was refused: the entry &apos;{entry}&apos; is encrypted. Nothing was imported.</source>
        <translation>{file} a été refusé : l&apos;élément &apos;{entry}&apos; est chiffré. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was refused: the entry &apos;{entry}&apos; is too large or compressed suspiciously much. Nothing was imported.</source>
        <translation>{file} a été refusé : l&apos;élément &apos;{entry}&apos; est trop volumineux ou anormalement compressé. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was refused: the document &apos;{id}&apos; does not match its checksum; the pack is damaged or was altered. Nothing was imported.</source>
        <translation>{file} a été refusé : le document &apos;{id}&apos; ne correspond pas à sa somme de contrôle ; le dossier est endommagé ou a été modifié. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} cannot be read: {reason}</source>
        <translation>Impossible de lire {file} : {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is not a TIPdesk seminar pack (it is not a readable zip file). Nothing was imported.</source>
        <translation>{file} n&apos;est pas un dossier de séminaire TIPdesk (ce n&apos;est pas un fichier zip lisible). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is not a TIPdesk seminar pack: it has no manifest. Nothing was imported.</source>
        <translation>{file} n&apos;est pas un dossier de séminaire TIPdesk : il n&apos;a pas de manifeste. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was refused: the entry &apos;{entry}&apos; is damaged ({reason}). Nothing was imported.</source>
        <translation>{file} a été refusé : l&apos;élément &apos;{entry}&apos; est endommagé ({reason}). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: no such file</source>
        <translation>{file} : fichier introuvable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: is a folder, not a file</source>
        <translation>{file} : c&apos;est un dossier, pas un fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: TIPdesk cannot import this kind of file (use .md, .txt, .html or .pdf)</source>
        <translation>{file} : TIPdesk ne peut pas importer ce type de fichier (utilisez .md, .txt, .html ou .pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: the document has no text</source>
        <translation>{file} : le document ne contient pas de texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: cannot tell the language of the text; give it with --lang en|es|fr|pt</source>
        <translation>{file} : impossible de déterminer la langue du texte ; indiquez-la avec --lang en|es|fr|pt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the source {source} has no signed document index; is it a TIPdesk repository?</source>
        <translation>la source {source} n&apos;a pas d&apos;index des documents signé ; est-ce bien un dépôt TIPdesk ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the source {source} lists a document the publisher did not sign ({path}); nothing was changed</source>
        <translation>la source {source} mentionne un document que l&apos;éditeur n&apos;a pas signé ({path}) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the publisher&apos;s document index cannot be read: {detail}</source>
        <translation>impossible de lire l&apos;index des documents de l&apos;éditeur : {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the demo keys must not be inside the repository folder {dir}</source>
        <translation>les clés de démonstration ne doivent pas se trouver dans le dossier du dépôt {dir}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dir} is not empty and was not made by publish-demo; choose a new folder</source>
        <translation>{dir} n&apos;est pas vide et n&apos;a pas été créé par publish-demo ; choisissez un nouveau dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no source could be used: {details}</source>
        <translation>aucune source n&apos;a pu être utilisée : {details}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the source {source} is out of date (its signature expired on {date}; this computer&apos;s clock says {clock}); your library still works offline</source>
        <translation>la source {source} est périmée (sa signature a expiré le {date} ; l&apos;horloge de cet ordinateur indique {clock}) ; votre bibliothèque fonctionne toujours hors ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the source {source} holds an older release than this computer already has; nothing was changed (try a newer source)</source>
        <translation>la source {source} contient une version plus ancienne que celle déjà présente sur cet ordinateur ; rien n&apos;a été modifié (essayez une source plus récente)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the source {source} sent metadata that is not signed by the publisher&apos;s keys ({detail}); nothing was changed</source>
        <translation>la source {source} a envoyé des métadonnées qui ne sont pas signées par les clés de l&apos;éditeur ({detail}) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the source {source} sent data that does not match what the publisher signed ({detail}); nothing was changed</source>
        <translation>la source {source} a envoyé des données qui ne correspondent pas à ce que l&apos;éditeur a signé ({detail}) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the source {source} sent more data than the publisher signed; nothing was changed</source>
        <translation>la source {source} a envoyé plus de données que l&apos;éditeur n&apos;en a signé ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the source {source} is too slow ({detail}); nothing was changed, and the next sync continues where this one stopped</source>
        <translation>la source {source} est trop lente ({detail}) ; rien n&apos;a été modifié, et la prochaine synchronisation reprendra là où celle-ci s&apos;est arrêtée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the source {source} did not answer in time (timeout); nothing was changed</source>
        <translation>la source {source} n&apos;a pas répondu à temps (délai dépassé) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the source {source} does not have {file} (error {status}); nothing was changed (is it a complete TIPdesk repository?)</source>
        <translation>la source {source} n&apos;a pas {file} (erreur {status}) ; rien n&apos;a été modifié (est-ce un dépôt TIPdesk complet ?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not get data from {source}: {detail}; nothing was changed</source>
        <translation>impossible d&apos;obtenir des données de {source} : {detail} ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is full ({detail}); nothing was changed; free some space and sync again (it continues where it stopped)</source>
        <translation>le disque est plein ({detail}) ; rien n&apos;a été modifié ; libérez de la place et synchronisez de nouveau (la synchronisation reprendra là où elle s&apos;est arrêtée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write the sync files ({file}: {detail}); nothing was changed</source>
        <translation>impossible d&apos;écrire les fichiers de synchronisation ({file} : {detail}) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the publisher&apos;s root of trust has expired (this computer&apos;s clock says {clock}); check the clock or install a newer TIPdesk; your library still works offline</source>
        <translation>la racine de confiance de l&apos;éditeur a expiré (l&apos;horloge de cet ordinateur indique {clock}) ; vérifiez l&apos;horloge ou installez une version plus récente de TIPdesk ; votre bibliothèque fonctionne toujours hors ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dir} has nothing published yet; run &apos;tipdesk publish&apos; first</source>
        <translation>{dir} ne contient encore rien de publié ; lancez d&apos;abord &apos;tipdesk publish&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown role &apos;{role}&apos;; choose root, targets, snapshot or timestamp</source>
        <translation>rôle inconnu &apos;{role}&apos; ; choisissez root, targets, snapshot ou timestamp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is missing or damaged; create keys with &apos;tipdesk keys init&apos;</source>
        <translation>{file} est absent ou endommagé ; créez des clés avec &apos;tipdesk keys init&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the root passphrase must have at least {n} characters</source>
        <translation>la phrase secrète de la clé racine doit comporter au moins {n} caractères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dir} already holds keys; refusing to overwrite them</source>
        <translation>{dir} contient déjà des clés ; elles ne seront pas écrasées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dir} has no {role} key (create one with &apos;tipdesk keys init&apos;)</source>
        <translation>{dir} n&apos;a pas de clé {role} (créez-en une avec &apos;tipdesk keys init&apos;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read the {role} key {file}: {reason}</source>
        <translation>impossible de lire la clé {role} {file} : {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot open the {role} key {file}: wrong passphrase or damaged file</source>
        <translation>impossible d&apos;ouvrir la clé {role} {file} : phrase secrète incorrecte ou fichier endommagé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read the passphrase file {file}: {reason}</source>
        <translation>impossible de lire le fichier de phrase secrète {file} : {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the root key needs a passphrase: use --passphrase-file or set {env}</source>
        <translation>la clé racine a besoin d&apos;une phrase secrète : utilisez --passphrase-file ou définissez {env}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the passphrases do not match</source>
        <translation>les phrases secrètes ne correspondent pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dir} is not a folder</source>
        <translation>{dir} n&apos;est pas un dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing was published: {count} file(s) cannot be published: {problems}{more}</source>
        <translation>rien n&apos;a été publié : {count} fichier(s) ne peuvent pas être publiés : {problems}{more}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} changed while it was being published; publish again</source>
        <translation>{file} a changé pendant sa publication ; publiez de nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the {role} key in the key folder ({keyid}…) is not the one this repository&apos;s root (version {version}) trusts; use the key folder that made this repository</source>
        <translation>la clé {role} du dossier de clés ({keyid}…) n&apos;est pas celle à laquelle la racine de ce dépôt (version {version}) fait confiance ; utilisez le dossier de clés qui a servi à créer ce dépôt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the repository file {file} is not {kind} metadata</source>
        <translation>le fichier du dépôt {file} ne contient pas de métadonnées {kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dir} is not a TIPdesk repository (no metadata/1.root.json)</source>
        <translation>{dir} n&apos;est pas un dépôt TIPdesk (pas de metadata/1.root.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the repository file {file} is missing or damaged: {reason}</source>
        <translation>le fichier du dépôt {file} est absent ou endommagé : {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dir} already holds a newer release than this computer; sync from it instead</source>
        <translation>{dir} contient déjà une version plus récente que celle de cet ordinateur ; synchronisez plutôt à partir de ce dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is nothing to share yet: sync this library first</source>
        <translation>il n&apos;y a encore rien à partager : synchronisez d&apos;abord cette bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is nothing to export yet: sync this library first</source>
        <translation>il n&apos;y a encore rien à exporter : synchronisez d&apos;abord cette bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write the bundle to {dir}: {reason}</source>
        <translation>impossible d&apos;écrire la copie de mise à jour dans {dir} : {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no sync source is configured; give one with --from (a web address or a folder such as a USB stick)</source>
        <translation>aucune source de synchronisation n&apos;est configurée ; indiquez-en une avec --from (une adresse web ou un dossier, par exemple sur une clé USB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is not a TUF root metadata file</source>
        <translation>{file} n&apos;est pas un fichier de métadonnées racine TUF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this copy of TIPdesk has no publisher trust root yet; give the publisher&apos;s root file with --trust ROOT_JSON</source>
        <translation>cette copie de TIPdesk n&apos;a pas encore de racine de confiance de l&apos;éditeur ; indiquez le fichier racine de l&apos;éditeur avec --trust ROOT_JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read the trust root {file}: {reason}</source>
        <translation>impossible de lire la racine de confiance {file} : {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{source}&apos; is neither a web address (http, https) nor a folder</source>
        <translation>&apos;{source}&apos; n&apos;est ni une adresse web (http, https) ni un dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another sync is already running for this library; wait for it to finish</source>
        <translation>une autre synchronisation est déjà en cours pour cette bibliothèque ; attendez qu&apos;elle se termine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no document with the id &apos;{id}&apos;</source>
        <translation>aucun document n&apos;a l&apos;identifiant &apos;{id}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No seminar pack is called &apos;{pack}&apos;; see &apos;tipdesk pack list&apos;.</source>
        <translation>Aucun dossier de séminaire ne s&apos;appelle &apos;{pack}&apos; ; voir &apos;tipdesk pack list&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two PINs differ; nothing was written.</source>
        <translation>Les deux codes PIN sont différents ; rien n&apos;a été écrit.</translation>
    </message>
</context>
</TS>
