<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>BrowseTree</name>
    <message>
        <location filename="../../tipdesk/gui/browse_view.py" line="+98"/>
        <source>No topic</source>
        <translation>Sin tema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{group}: {count} documents</source>
        <translation>{group}: {count} documentos</translation>
    </message>
</context>
<context>
    <name>BrowseView</name>
    <message>
        <location line="+98"/>
        <source>By &amp;kind</source>
        <translation>Por &amp;tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse by kind of document</source>
        <translation>Explorar por tipo de documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By t&amp;opic</source>
        <translation>Por t&amp;ema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse by topic</source>
        <translation>Explorar por tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library by kind and topic</source>
        <translation>La biblioteca por tipo y tema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expand a group to see its documents; press Enter to open one.</source>
        <translation>Despliegue un grupo para ver sus documentos; pulse Intro para abrir uno.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../tipdesk/gui/crash.py" line="+79"/>
        <source>TIPdesk ran into a problem</source>
        <translation>TIPdesk tuvo un problema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong inside TIPdesk. This is a bug, not something you did. Your library and notes are safe; you can keep working.</source>
        <translation>Algo falló dentro de TIPdesk. Es un error del programa, no algo que usted hizo. Su biblioteca y sus notas están a salvo; puede seguir trabajando.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The details were written to {path}.</source>
        <translation>Los detalles se guardaron en {path}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar detalles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the error details</source>
        <translation>Copiar los detalles del error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error details</source>
        <translation>Detalles del error</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <location filename="../../tipdesk/gui/app.py" line="+200"/>
        <source>Another program is using it right now, most likely a TIPdesk command running in a terminal (an import, a sync or a reindex). Wait until it finishes, or stop it, then start TIPdesk again.</source>
        <translation>Otro programa la está usando en este momento, probablemente un comando de TIPdesk en una terminal (una importación, una sincronización o una reindexación). Espere a que termine, o deténgalo, y vuelva a abrir TIPdesk.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The library is in use</source>
        <translation>La biblioteca está en uso</translation>
    </message>
</context>
<context>
    <name>DocumentHeader</name>
    <message>
        <location filename="../../tipdesk/gui/reader_header.py" line="+137"/>
        <source>version %1</source>
        <translation>versión %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Opens in your web browser, after asking</source>
        <translation>Se abre en su navegador web, previa confirmación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source of this document</source>
        <translation>Fuente de este documento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Facts in this document are still to be confirmed against the official text. Check the source before quoting it.</source>
        <translation>Los datos de este documento aún deben cotejarse con el texto oficial. Consulte la fuente antes de citarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Review notice</source>
        <translation>Aviso de revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also in:</source>
        <translation>También en:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document title</source>
        <translation>Título del documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document details</source>
        <translation>Datos del documento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the %1 version at the same section</source>
        <translation>Abrir la versión en %1 en la misma sección</translation>
    </message>
</context>
<context>
    <name>DocumentPages</name>
    <message>
        <location filename="../../tipdesk/gui/reader_pages.py" line="+61"/>
        <source>No document is open.</source>
        <translation>No hay ningún documento abierto.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The PDF viewer is not available in this installation, so this PDF is shown as the text extracted from it. Layout, pictures and tables may be missing.</source>
        <translation>El visor de PDF no está disponible en esta instalación, por lo que este PDF se muestra como el texto extraído de él. Pueden faltar el diseño, las imágenes y las tablas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This PDF could not be displayed, so it is shown as the text extracted from it. Layout, pictures and tables may be missing.</source>
        <translation>No se pudo mostrar este PDF, por lo que se muestra el texto extraído de él. Pueden faltar el diseño, las imágenes y las tablas.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Document text</source>
        <translation>Texto del documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reader message</source>
        <translation>Mensaje del lector</translation>
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
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All topics</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All years</source>
        <translation>Todos los años</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language filter</source>
        <translation>Filtro de idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of document filter</source>
        <translation>Filtro de tipo de documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic filter</source>
        <translation>Filtro de tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country filter</source>
        <translation>Filtro de país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year filter</source>
        <translation>Filtro de año</translation>
    </message>
    <message>
        <location line="+101"/>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shows only documents with this value; the numbers are how many match.</source>
        <translation>Muestra solo los documentos con este valor; los números indican cuántos coinciden.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../tipdesk/gui/find_bar.py" line="+199"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Find in this document</source>
        <translation>Buscar en este documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Coincidencia anterior (Mayús+Intro)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match (Enter)</source>
        <translation>Coincidencia siguiente (Intro)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar (Esc)</source>
        <translation>Cerrar la barra de búsqueda (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches</source>
        <translation>Coincidencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the text</source>
        <translation>Borrar el texto</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../../tipdesk/gui/handouts.py" line="+125"/>
        <source>This seminar pack no longer exists.</source>
        <translation>Este paquete de seminario ya no existe.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Save the handout as PDF</source>
        <translation>Guardar el material como PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Handouts</source>
        <translation>Material para participantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parts to include:</source>
        <translation>&amp;Partes que incluir:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts of the pack to include</source>
        <translation>Partes del paquete que incluir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the handout</source>
        <translation>Idioma del material</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <location filename="../../tipdesk/gui/help_dialogs.py" line="+17"/>
        <source>About TIPdesk</source>
        <translation>Acerca de TIPdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIPdesk {version}

An offline library on trafficking in persons: conventions, guides and training material in English, Spanish, French and Portuguese, searchable with no network.

Data folder: {folder}</source>
        <translation>TIPdesk {version}

Una biblioteca sin conexión sobre la trata de personas: convenciones, guías y material de capacitación en inglés, español, francés y portugués, que se puede consultar sin red.

Carpeta de datos: {folder}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../tipdesk/gui/import_dialog.py" line="+320"/>
        <source>Import documents</source>
        <translation>Importar documentos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents: Markdown, text, HTML, PDF ({patterns})</source>
        <translation>Documentos: Markdown, texto, HTML, PDF ({patterns})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import a folder</source>
        <translation>Importar una carpeta</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location line="-229"/>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document or file</source>
        <translation>Documento o archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was imported and what was skipped</source>
        <translation>Lo que se importó y lo que se omitió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import summary</source>
        <translation>Resumen de la importación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The import was cancelled. The documents read before you cancelled were kept in the library.</source>
        <translation>Se canceló la importación. Los documentos leídos antes de cancelar se conservaron en la biblioteca.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added {added}, updated {updated}, skipped {skipped}.</source>
        <translation>Añadidos: {added}; actualizados: {updated}; omitidos: {skipped}.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n file(s) were already in the library and had not changed.</source>
        <translation>
            <numerusform>%n archivo ya estaba en la biblioteca y no había cambiado.</numerusform>
            <numerusform>%n archivos ya estaban en la biblioteca y no habían cambiado.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No Markdown, text, HTML or PDF files were found there.</source>
        <translation>No se encontró ningún archivo Markdown, de texto, HTML o PDF allí.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <location line="+88"/>
        <source>Importing documents</source>
        <translation>Importando documentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking for documents…</source>
        <translation>Buscando documentos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading {file}…</source>
        <translation>Leyendo {file}…</translation>
    </message>
</context>
<context>
    <name>KioskHome</name>
    <message>
        <location filename="../../tipdesk/gui/kiosk_widgets.py" line="+97"/>
        <source>TIPdesk — a library on trafficking in persons</source>
        <translation>TIPdesk — una biblioteca sobre la trata de personas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type in the search box to find guides, checklists and laws.</source>
        <translation>Escriba en el cuadro de búsqueda para encontrar guías, listas de verificación y leyes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear everything I did</source>
        <translation>Borrar todo lo que hice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Información</translation>
    </message>
</context>
<context>
    <name>KioskMode</name>
    <message>
        <location filename="../../tipdesk/gui/kiosk.py" line="+347"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear everything I did</source>
        <translation>Borrar todo lo que hice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator…</source>
        <translation>Administrador…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the kiosk again</source>
        <translation>Volver a bloquear el quiosco</translation>
    </message>
</context>
<context>
    <name>LibraryShare</name>
    <message>
        <location filename="../../tipdesk/gui/share_dialog.py" line="+108"/>
        <source>Cannot share on {address}: {reason}</source>
        <translation>No se puede compartir en {address}: {reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tipdesk/gui/main_window.py" line="+226"/>
        <source>Close {title}</source>
        <translation>Cerrar {title}</translation>
    </message>
    <message numerus="yes">
        <location line="+184"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n language(s)</source>
        <translation>
            <numerusform>%n idioma</numerusform>
            <numerusform>%n idiomas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Library size</source>
        <translation>Tamaño de la biblioteca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The search index was damaged and was rebuilt.</source>
        <translation>El índice de búsqueda estaba dañado y se reconstruyó.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notes and bookmarks</source>
        <translation>Notas y marcadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open documents</source>
        <translation>Documentos abiertos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search and documents</source>
        <translation>Búsqueda y documentos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the library with the box on the left ({search}), or browse it by kind and topic. Documents open here, each in its own tab.</source>
        <translation>Busque en la biblioteca con el cuadro de la izquierda ({search}) o explórela por tipo y tema. Los documentos se abren aquí, cada uno en su propia pestaña.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../tipdesk/gui/note_editor.py" line="+96"/>
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On: {document}</source>
        <translation>En: {document}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the note goes</source>
        <translation>Dónde va la nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach the note to</source>
        <translation>Adjuntar la nota a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note text</source>
        <translation>Texto de la nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your note here. Ctrl+Enter saves it.</source>
        <translation>Escriba aquí su nota. Ctrl+Intro la guarda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole document</source>
        <translation>Todo el documento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This section: {section}</source>
        <translation>Esta sección: {section}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the note</source>
        <translation>Guardar la nota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard the changes</source>
        <translation>Descartar los cambios</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>On: {document} — {section}</source>
        <translation>En: {document} — {section}</translation>
    </message>
</context>
<context>
    <name>NotesExporter</name>
    <message>
        <location filename="../../tipdesk/gui/notes_export.py" line="+46"/>
        <source>Notes and bookmarks</source>
        <translation>Notas y marcadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported from TIPdesk on {date}.</source>
        <translation>Exportado desde TIPdesk el {date}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no bookmarks or notes yet.</source>
        <translation>Todavía no hay marcadores ni notas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmark</source>
        <translation>Marcador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole document</source>
        <translation>Todo el documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page {page}</source>
        <translation>Página {page}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added {date}</source>
        <translation>Añadido el {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated {date}</source>
        <translation>Actualizado el {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This document is no longer in the library.</source>
        <translation>Este documento ya no está en la biblioteca.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language: {language}</source>
        <translation>Idioma: {language}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export notes as Markdown</source>
        <translation>Exportar notas como Markdown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Markdown files (*.md)</source>
        <translation>Archivos Markdown (*.md)</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../tipdesk/gui/notes_panel.py" line="+139"/>
        <source>&amp;Only this document</source>
        <translation>&amp;Solo este documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the notes of this document</source>
        <translation>Mostrar solo las notas de este documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmarks and notes</source>
        <translation>Marcadores y notas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No bookmarks or notes yet. Open a document, then use Bookmark or Add note to keep your place or write down a thought.</source>
        <translation>Todavía no hay marcadores ni notas. Abra un documento y use Marcador o Añadir nota para guardar el lugar donde está o anotar una idea.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No bookmarks or notes</source>
        <translation>No hay marcadores ni notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit note</source>
        <translation>&amp;Editar nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Bookmark</source>
        <translation>&amp;Marcador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bookmark this section</source>
        <translation>Poner un marcador en esta sección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;note…</source>
        <translation>Añadir &amp;nota…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a note</source>
        <translation>Añadir una nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected note</source>
        <translation>Editar la nota seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected item</source>
        <translation>Eliminar el elemento seleccionado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport as Markdown…</source>
        <translation>E&amp;xportar como Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export all bookmarks and notes as a Markdown file</source>
        <translation>Exportar todos los marcadores y notas a un archivo Markdown</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes status</source>
        <translation>Estado de las notas</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>not in the library</source>
        <translation>no está en la biblioteca</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bookmark: {where}</source>
        <translation>Marcador: {where}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note: {text}</source>
        <translation>Nota: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note on {where}: {text}</source>
        <translation>Nota en {where}: {text}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added {date}</source>
        <translation>Añadido el {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated {date}</source>
        <translation>Actualizado el {date}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Bookmark “{section}”</source>
        <translation>Marcador «{section}»</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Bookmark added.</source>
        <translation>Marcador añadido.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Note added.</source>
        <translation>Nota añadida.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note saved.</source>
        <translation>Nota guardada.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete note</source>
        <translation>Eliminar nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this note? This cannot be undone.</source>
        <translation>¿Eliminar esta nota? No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bookmark deleted.</source>
        <translation>Marcador eliminado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note deleted.</source>
        <translation>Nota eliminada.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exported to {path}.</source>
        <translation>Exportado a {path}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The notes could not be written to {path}: {reason}</source>
        <translation>No se pudieron escribir las notas en {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message>
        <location filename="../../tipdesk/gui/pack_editor.py" line="+142"/>
        <source>This document is no longer in the library.</source>
        <translation>Este documento ya no está en la biblioteca.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Planned: %n minute(s)</source>
        <translation>
            <numerusform>Previsto: %n minuto</numerusform>
            <numerusform>Previsto: %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Seminar &amp;title:</source>
        <translation>&amp;Título del seminario:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P&amp;lace:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Items (drag to reorder, or Alt+Up / Alt+Down):</source>
        <translation>&amp;Elementos (arrastre para reordenar, o Alt+Arriba / Alt+Abajo):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainer&apos;s &amp;note for this item:</source>
        <translation>&amp;Nota del formador para este elemento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned &amp;minutes:</source>
        <translation>&amp;Minutos previstos:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Presentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handouts…</source>
        <translation>Material para participantes…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items of the pack</source>
        <translation>Elementos del paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainer&apos;s note</source>
        <translation>Nota del formador</translation>
    </message>
</context>
<context>
    <name>PacksPanel</name>
    <message>
        <location filename="../../tipdesk/gui/packs_panel.py" line="+201"/>
        <location line="+7"/>
        <source>New seminar pack</source>
        <translation>Nuevo paquete de seminario</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename the seminar pack</source>
        <translation>Cambiar el nombre del paquete de seminario</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete the seminar pack</source>
        <translation>Eliminar el paquete de seminario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the pack “%1”? Its documents stay in the library.</source>
        <translation>¿Eliminar el paquete «%1»? Sus documentos permanecen en la biblioteca.</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+70"/>
        <source>Seminar packs</source>
        <translation>Paquetes de seminario</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Export the seminar pack</source>
        <translation>Exportar el paquete de seminario</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Seminar packs (*%1)</source>
        <translation>Paquetes de seminario (*%1)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Import a seminar pack</source>
        <translation>Importar un paquete de seminario</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pack “%1” was added.</source>
        <translation>Se añadió el paquete «%1».</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>From the publisher (checked): %n document(s).</source>
        <translation>
            <numerusform>Del editor (verificado): %n documento.</numerusform>
            <numerusform>Del editor (verificados): %n documentos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Shared by a colleague (not checked): %n document(s).</source>
        <translation>
            <numerusform>Compartido por un colega (sin verificar): %n documento.</numerusform>
            <numerusform>Compartidos por un colega (sin verificar): %n documentos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your library has another version of: %1. Yours was kept.</source>
        <translation>Su biblioteca tiene otra versión de: %1. Se conservó la suya.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Seminar &amp;packs:</source>
        <translation>&amp;Paquetes de seminario:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
</context>
<context>
    <name>PdfPane</name>
    <message>
        <location filename="../../tipdesk/gui/pdf_view.py" line="+198"/>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Page</source>
        <translation>&amp;Página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page number</source>
        <translation>Número de página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Reducir (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Reducir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Ampliar (Ctrl++)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the page to the width of the window</source>
        <translation>Ajustar la página al ancho de la ventana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>PDF pages and zoom</source>
        <translation>Páginas y zoom del PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More PDF controls</source>
        <translation>Más controles del PDF</translation>
    </message>
</context>
<context>
    <name>PresentationLauncher</name>
    <message>
        <location filename="../../tipdesk/gui/presentation.py" line="+249"/>
        <source>There is nothing to present.</source>
        <translation>No hay nada que presentar.</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../../tipdesk/gui/presenter_view.py" line="+155"/>
        <source>search result — Esc returns</source>
        <translation>resultado de búsqueda — Esc para volver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>black screen</source>
        <translation>pantalla en negro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This part</source>
        <translation>Esta parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In all</source>
        <translation>En total</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Presenter view — TIPdesk</source>
        <translation>Vista del presentador — TIPdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainer&apos;s notes</source>
        <translation>Notas del formador</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../tipdesk/gui/printing.py" line="+61"/>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Cannot write to %1.</source>
        <translation>No se puede escribir en %1.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The PDF file could not be read.</source>
        <translation>No se pudo leer el archivo PDF.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Print document</source>
        <translation>Imprimir documento</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The document could not be printed.</source>
        <translation>No se pudo imprimir el documento.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The PDF could not be saved to %1.</source>
        <translation>No se pudo guardar el PDF en %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printing</source>
        <translation>Impresión</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReaderTab</name>
    <message>
        <location filename="../../tipdesk/gui/reader.py" line="+208"/>
        <source>This document is no longer in the library.</source>
        <translation>Este documento ya no está en la biblioteca.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This document could not be opened.</source>
        <translation>No se pudo abrir este documento.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Open in web browser</source>
        <translation>Abrir en el navegador web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this page in your web browser? You may need an internet connection.</source>
        <translation>¿Abrir esta página en su navegador web? Es posible que necesite conexión a internet.</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Note about this document</source>
        <translation>Nota sobre este documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents and document</source>
        <translation>Índice y documento</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../tipdesk/gui/results_model.py" line="+28"/>
        <source>Page {page}</source>
        <translation>Página {page}</translation>
    </message>
</context>
<context>
    <name>SearchOverlay</name>
    <message>
        <location filename="../../tipdesk/gui/present_search.py" line="+151"/>
        <source>Search the library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search while presenting</source>
        <translation>Buscar durante la presentación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter shows the result on the screen; Esc goes back to the slide.</source>
        <translation>Intro muestra el resultado en la pantalla; Esc vuelve a la diapositiva.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../tipdesk/gui/search_panel.py" line="+332"/>
        <source>Search the library…</source>
        <translation>Buscar en la biblioteca…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results appear as you type. Down and Up move through them; Enter opens one.</source>
        <translation>Los resultados aparecen mientras escribe. Las flechas abajo y arriba los recorren; Intro abre uno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each result shows the title, kind, language, section and matching words.</source>
        <translation>Cada resultado muestra el título, el tipo, el idioma, la sección y las palabras encontradas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Load more results</source>
        <translation>Cargar más resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No results</source>
        <translation>Sin resultados</translation>
    </message>
</context>
<context>
    <name>SearchStatus</name>
    <message numerus="yes">
        <location filename="../../tipdesk/gui/search_status.py" line="+14"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No document matches “{query}”.</source>
        <translation>Ningún documento coincide con «{query}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the spelling, or try fewer or other words.</source>
        <translation>Revise la ortografía o pruebe con menos palabras o con otras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can search in English, Spanish, French or Portuguese: all four are searched at once.</source>
        <translation>Puede buscar en inglés, español, francés o portugués: se busca en los cuatro idiomas a la vez.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filters are on: clear them to search the whole library.</source>
        <translation>Hay filtros activos: quítelos para buscar en toda la biblioteca.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>{documents} in the library</source>
        <translation>{documents} en la biblioteca</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Did you mean: {word}</source>
        <translation>Quizás quiso decir: {word}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Number of documents found</source>
        <translation>Número de documentos encontrados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did you mean:</source>
        <translation>Quizás quiso decir:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search for this word instead</source>
        <translation>Buscar esta palabra en su lugar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No document has all the words; showing documents with some of them.</source>
        <translation>Ningún documento tiene todas las palabras; se muestran documentos con algunas de ellas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note about the results</source>
        <translation>Nota sobre los resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search problem</source>
        <translation>Problema con la búsqueda</translation>
    </message>
</context>
<context>
    <name>SeminarParts</name>
    <message>
        <location filename="../../tipdesk/gui/seminar_parts.py" line="+132"/>
        <source>Seminar packs</source>
        <translation>Paquetes de seminario</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../tipdesk/gui/settings_dialog.py" line="+118"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as the system</source>
        <translation>El mismo que el sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reader &amp;font size:</source>
        <translation>&amp;Tamaño de letra del lector:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reader font size in points</source>
        <translation>Tamaño de letra del lector en puntos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme:</source>
        <translation>Te&amp;ma:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Data folder:</source>
        <translation>Carpeta de &amp;datos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your library, notes and settings are kept in this folder.</source>
        <translation>Su biblioteca, sus notas y su configuración se guardan en esta carpeta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep search history</source>
        <translation>&amp;Guardar el historial de búsqueda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep search history</source>
        <translation>Guardar el historial de búsqueda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remember your searches on this computer. Turning this off also forgets the searches kept so far.</source>
        <translation>Recordar sus búsquedas en esta computadora. Si lo desactiva, también se borran las búsquedas guardadas hasta ahora.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../tipdesk/gui/share_dialog.py" line="+85"/>
        <source>This computer only — {address}</source>
        <translation>Solo esta computadora — {address}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every network of this computer — {address}</source>
        <translation>Todas las redes de esta computadora — {address}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Stop sharing</source>
        <translation>&amp;Dejar de compartir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Start sharing</source>
        <translation>&amp;Empezar a compartir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy the address</source>
        <translation>&amp;Copiar la dirección</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only this computer can use this address. Choose the network the participants are on above, so that their computers can reach yours.</source>
        <translation>Solo esta computadora puede usar esta dirección. Elija arriba la red en la que están los participantes, para que sus computadoras puedan llegar a la suya.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give this address to the participants. In their TIPdesk: Library → Update the library…, Add a colleague&apos;s computer…, type the address, Update now. They check everything against the publisher&apos;s signatures.</source>
        <translation>Dé esta dirección a los participantes. En su TIPdesk: Biblioteca → Actualizar la biblioteca…, Añadir la computadora de un colega…, escriban la dirección, Actualizar ahora. Todo se verifica con las firmas del editor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Participants on the same network can update their library from this computer: choose the network and start sharing.</source>
        <translation>Los participantes en la misma red pueden actualizar su biblioteca desde esta computadora: elija la red y empiece a compartir.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Requests answered so far: {count}</source>
        <translation>Solicitudes atendidas hasta ahora: {count}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Share my library on this network</source>
        <translation>Compartir mi biblioteca en esta red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share &amp;on:</source>
        <translation>Compartir &amp;en:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network to share on</source>
        <translation>La red en la que compartir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address to give participants</source>
        <translation>La dirección que hay que dar a los participantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the address</source>
        <translation>Copiar la dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share the library</source>
        <translation>Compartir la biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How participants connect</source>
        <translation>Cómo se conectan los participantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests answered</source>
        <translation>Solicitudes atendidas</translation>
    </message>
</context>
<context>
    <name>SourceList</name>
    <message>
        <location filename="../../tipdesk/gui/sync_sources.py" line="+147"/>
        <source>{path} is not a folder.</source>
        <translation>{path} no es una carpeta.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Folder or USB stick</source>
        <translation>Carpeta o memoria USB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer on this network</source>
        <translation>Computadora en esta red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind}: {address}</source>
        <translation>{kind}: {address}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add a web address</source>
        <translation>Añadir una dirección web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The publisher&apos;s address, for example https://updates.example.org/</source>
        <translation>La dirección del editor, por ejemplo https://updates.example.org/</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a colleague&apos;s computer</source>
        <translation>Añadir la computadora de un colega</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address your colleague&apos;s TIPdesk shows under “Share my library on this network”, for example 192.168.1.20:8765</source>
        <translation>La dirección que muestra el TIPdesk de su colega en «Compartir mi biblioteca en esta red», por ejemplo 192.168.1.20:8765</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose the folder or USB stick to update from</source>
        <translation>Elija la carpeta o memoria USB desde la que actualizar</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Update from:</source>
        <translation>&amp;Actualizar desde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources to update from</source>
        <translation>Fuentes desde las que actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem with the source</source>
        <translation>Problema con la fuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a &amp;web address…</source>
        <translation>Añadir una dirección &amp;web…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a f&amp;older or USB stick…</source>
        <translation>Añadir una &amp;carpeta o memoria USB…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a &amp;colleague&apos;s computer…</source>
        <translation>Añadir la computadora de un c&amp;olega…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen source</source>
        <translation>Quitar la fuente elegida</translation>
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
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Preparing the library for its first use…</source>
        <translation>Preparando la biblioteca para su primer uso…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opening the library…</source>
        <translation>Abriendo la biblioteca…</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../tipdesk/gui/sync_controller.py" line="+123"/>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Update the library…</source>
        <translation>&amp;Actualizar la biblioteca…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Share my library on this network</source>
        <translation>&amp;Compartir mi biblioteca en esta red</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update the library ({shortcut})</source>
        <translation>Actualizar la biblioteca ({shortcut})</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../tipdesk/gui/sync_dialog.py" line="+163"/>
        <source>Add a source first: a web address, a folder or a colleague&apos;s computer.</source>
        <translation>Primero añada una fuente: una dirección web, una carpeta o la computadora de un colega.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The update was cancelled.</source>
        <translation>Se canceló la actualización.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was changed in your library. What was already downloaded is kept: the next update continues where this one stopped.</source>
        <translation>No se cambió nada en su biblioteca. Lo que ya se descargó se conserva: la próxima actualización continuará donde se detuvo esta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The library was not updated: {reason}</source>
        <translation>La biblioteca no se actualizó: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your library is unchanged and still works offline.</source>
        <translation>Su biblioteca no cambió y sigue funcionando sin conexión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The update stopped because of an error in TIPdesk.</source>
        <translation>La actualización se detuvo por un error de TIPdesk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your library still works offline.</source>
        <translation>Su biblioteca sigue funcionando sin conexión.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>The library is up to date (release {release}, %n document(s)).</source>
        <translation>
            <numerusform>La biblioteca está al día (versión {release}, %n documento).</numerusform>
            <numerusform>La biblioteca está al día (versión {release}, %n documentos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n document(s) added</source>
        <translation>
            <numerusform>%n documento añadido</numerusform>
            <numerusform>%n documentos añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n revised</source>
        <translation>
            <numerusform>%n revisado</numerusform>
            <numerusform>%n revisados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n withdrawn</source>
        <translation>
            <numerusform>%n retirado</numerusform>
            <numerusform>%n retirados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From {source}: release {release}, {size} downloaded in {seconds} s.</source>
        <translation>Desde {source}: versión {release}, {size} descargados en {seconds} s.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n document(s) could not be read and were left out:</source>
        <translation>
            <numerusform>%n documento no se pudo leer y se dejó fuera:</numerusform>
            <numerusform>%n documentos no se pudieron leer y se dejaron fuera:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This library has not been updated yet.</source>
        <translation>Esta biblioteca aún no se ha actualizado.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Last updated {when} from {source} (release {release}, %n document(s)).</source>
        <translation>
            <numerusform>Última actualización: {when} desde {source} (versión {release}, %n documento).</numerusform>
            <numerusform>Última actualización: {when} desde {source} (versión {release}, %n documentos).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That source is out of date: the publisher&apos;s signature expired on {date}. Your library still works offline; update from a newer source.</source>
        <translation>Esa fuente está desactualizada: la firma del editor venció el {date}. Su biblioteca sigue funcionando sin conexión; actualice desde una fuente más reciente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the publisher&apos;s root file</source>
        <translation>Elija el archivo raíz del editor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TUF root files (*.json)</source>
        <translation>Archivos raíz TUF (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Update the library</source>
        <translation>Actualizar la biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Update now</source>
        <translation>&amp;Actualizar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the library now</source>
        <translation>Actualizar la biblioteca ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel update</source>
        <translation>&amp;Cancelar la actualización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher&apos;s &amp;root file…</source>
        <translation>Archivo &amp;raíz del editor…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only needed once, when your organisation runs its own publisher</source>
        <translation>Solo hace falta una vez, si su organización tiene su propio editor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the library stands</source>
        <translation>Estado de la biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Update progress</source>
        <translation>Progreso de la actualización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update result</source>
        <translation>Resultado de la actualización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update details</source>
        <translation>Detalles de la actualización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What&apos;s new (double-click to open):</source>
        <translation>&amp;Novedades (doble clic para abrir):</translation>
    </message>
</context>
<context>
    <name>SyncProgressText</name>
    <message>
        <location filename="../../tipdesk/gui/sync_progress.py" line="+55"/>
        <source>Asking {source} what is new…</source>
        <translation>Preguntando a {source} qué hay de nuevo…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Downloading: {done} of {total} files · {got} of {size} · {speed}/s</source>
        <translation>Descargando: {done} de {total} archivos · {got} de {size} · {speed}/s</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Updating the library…</source>
        <translation>Actualizando la biblioteca…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updating the library: {done} of {total} documents</source>
        <translation>Actualizando la biblioteca: {done} de {total} documentos</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../tipdesk/gui/sync_status.py" line="+94"/>
        <source>Updating the library; click to see the progress</source>
        <translation>Actualizando la biblioteca; haga clic para ver el progreso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never updated</source>
        <translation>Nunca actualizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This library has not been updated yet; click to update</source>
        <translation>Esta biblioteca aún no se ha actualizado; haga clic para actualizarla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source out of date</source>
        <translation>Fuente desactualizada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Updated {when}</source>
        <translation>Actualizada {when}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n nuevo</numerusform>
            <numerusform>%n nuevos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Library updates: {state}</source>
        <translation>Actualizaciones de la biblioteca: {state}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last updated {when} from {source}.</source>
        <translation>Última actualización: {when} desde {source}.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n document(s) new or revised in the last update.</source>
        <translation>
            <numerusform>%n documento nuevo o revisado en la última actualización.</numerusform>
            <numerusform>%n documentos nuevos o revisados en la última actualización.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An update was downloaded but not finished; update again.</source>
        <translation>Se descargó una actualización pero no se completó; vuelva a actualizar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to update or to see what is new.</source>
        <translation>Haga clic para actualizar o ver las novedades.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The publisher&apos;s signature on this library&apos;s updates expired on {date}. Your library still works offline; update it from a newer source when you can.</source>
        <translation>La firma del editor en las actualizaciones de esta biblioteca venció el {date}. Su biblioteca sigue funcionando sin conexión; actualícela desde una fuente más reciente cuando pueda.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <source>Updates available</source>
        <translation>Hay actualizaciones</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>{source} has {added} new, {updated} revised and {removed} withdrawn documents. Click to update the library.</source>
        <translation>{source} tiene {added} documentos nuevos, {updated} revisados y {removed} retirados. Haga clic para actualizar la biblioteca.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sharing at {address}</source>
        <translation>Compartiendo en {address}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your library is shared on this network; click to stop</source>
        <translation>Su biblioteca se está compartiendo en esta red; haga clic para detenerlo</translation>
    </message>
</context>
<context>
    <name>TocTree</name>
    <message>
        <location filename="../../tipdesk/gui/reader_toc.py" line="+87"/>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections of this document</source>
        <translation>Secciones de este documento</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../tipdesk/gui/kiosk_widgets.py" line="+32"/>
        <source>No administrator PIN is configured for this kiosk (see docs/kiosk.md).</source>
        <translation>No hay un PIN de administrador configurado para este quiosco (vea docs/kiosk.md).</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos. Vuelva a intentarlo en %n segundo.</numerusform>
            <numerusform>Demasiados PIN incorrectos. Vuelva a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is not the administrator PIN.</source>
        <translation>Ese no es el PIN de administrador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator &amp;PIN:</source>
        <translation>&amp;PIN de administrador:</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../tipdesk/gui/vocabulary.py" line="+19"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Convention</source>
        <translation>Convención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declaration</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work plan</source>
        <translation>Plan de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training module</source>
        <translation>Módulo de capacitación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case study</source>
        <translation>Estudio de caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Law</source>
        <translation>Ley</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prevention</source>
        <translation>Prevención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protection</source>
        <translation>Protección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prosecution</source>
        <translation>Persecución penal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partnership</source>
        <translation>Alianzas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children</source>
        <translation>Niñez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooperation</source>
        <translation>Cooperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Victim identification</source>
        <translation>Identificación de víctimas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Victim assistance</source>
        <translation>Asistencia a las víctimas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration</source>
        <translation>Migración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sexual exploitation</source>
        <translation>Explotación sexual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forced labour</source>
        <translation>Trabajo forzoso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Human rights</source>
        <translation>Derechos humanos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral</source>
        <translation>Derivación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrant smuggling</source>
        <translation>Tráfico ilícito de migrantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organized crime</source>
        <translation>Delincuencia organizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money laundering</source>
        <translation>Lavado de activos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vulnerability</source>
        <translation>Vulnerabilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child labour</source>
        <translation>Trabajo infantil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witness protection</source>
        <translation>Protección de testigos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigation</source>
        <translation>Investigación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compensation</source>
        <translation>Indemnización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-punishment</source>
        <translation>No punición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Border control</source>
        <translation>Control fronterizo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corruption</source>
        <translation>Corrupción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technology</source>
        <translation>Tecnología</translation>
    </message>
</context>
<context>
    <name>WhatsNewList</name>
    <message>
        <location filename="../../tipdesk/gui/whats_new.py" line="+68"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revised</source>
        <translation>Revisado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What&apos;s new: documents added or revised by the last sync</source>
        <translation>Novedades: documentos añadidos o revisados en la última sincronización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a document, or press Enter, to open it</source>
        <translation>Haga doble clic en un documento, o pulse Intro, para abrirlo</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../tipdesk/gui/window_actions.py" line="+136"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;minar</source>
        <translation>&amp;Seminario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import documents…</source>
        <translation>&amp;Importar documentos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a &amp;folder…</source>
        <translation>Importar una &amp;carpeta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>C&amp;onfiguración…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search the library</source>
        <translation>&amp;Buscar en la biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find in document</source>
        <translation>Buscar en el &amp;documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find ne&amp;xt</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find pre&amp;vious</source>
        <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bookmark this section</source>
        <translation>&amp;Marcar esta sección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a &amp;note…</source>
        <translation>Añadir una &amp;nota…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Normal size</source>
        <translation>Tamaño &amp;normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes and bookmarks panel</source>
        <translation>&amp;Panel de notas y marcadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the next &amp;pane</source>
        <translation>Ir al &amp;siguiente panel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next tab</source>
        <translation>Pestaña &amp;siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous tab</source>
        <translation>Pestaña a&amp;nterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close tab</source>
        <translation>&amp;Cerrar pestaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New seminar pack…</source>
        <translation>&amp;Nuevo paquete de seminario…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add to seminar pack</source>
        <translation>&amp;Añadir al paquete de seminario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Present this document</source>
        <translation>&amp;Presentar este documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Seminar packs panel</source>
        <translation>Panel de paquetes de &amp;seminario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About TIPdesk</source>
        <translation>A&amp;cerca de TIPdesk</translation>
    </message>
</context>
<context>
    <name>tipdesk</name>
    <message>
        <location filename="core_messages.py" line="+8"/>
        <source>The library database could not be written: {detail}</source>
        <translation>No se pudo escribir en la base de datos de la biblioteca: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is full: free some space and try again. Nothing in the library was lost.</source>
        <translation>El disco está lleno: libere espacio e inténtelo de nuevo. No se perdió nada de la biblioteca.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library folder is read-only: {path}</source>
        <translation>La carpeta de la biblioteca es de solo lectura: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: the file is empty</source>
        <translation>{file}: el archivo está vacío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: the file is too large ({mb} MB; the limit is {limit} MB)</source>
        <translation>{file}: el archivo es demasiado grande ({mb} MB; el límite es {limit} MB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: this is not a text file</source>
        <translation>{file}: no es un archivo de texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: the page has no text</source>
        <translation>{file}: la página no tiene texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: the PDF has no text that can be searched (it may be a scanned image)</source>
        <translation>{file}: el PDF no tiene texto en el que se pueda buscar (puede ser una imagen escaneada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: the PDF is protected by a password</source>
        <translation>{file}: el PDF está protegido con contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: the PDF is damaged and cannot be read</source>
        <translation>{file}: el PDF está dañado y no se puede leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: the front matter is not closed with a line &apos;---&apos;</source>
        <translation>{file}: el encabezado de metadatos no se cierra con una línea &apos;---&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: the front matter must be a list of &apos;field: value&apos; lines</source>
        <translation>{file}: el encabezado de metadatos debe ser una lista de líneas &apos;campo: valor&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: &apos;{field}&apos; must be a list of words</source>
        <translation>{file}: &apos;{field}&apos; debe ser una lista de palabras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: missing field(s) in the front matter: {fields}</source>
        <translation>{file}: faltan campos en el encabezado de metadatos: {fields}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: the id &apos;{id}&apos; may only use lower case letters, digits and &apos;-&apos;</source>
        <translation>{file}: el identificador &apos;{id}&apos; solo puede contener letras minúsculas, dígitos y &apos;-&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: unknown language &apos;{language}&apos; (use en, es, fr or pt)</source>
        <translation>{file}: idioma desconocido &apos;{language}&apos; (use en, es, fr o pt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: unknown kind &apos;{kind}&apos;</source>
        <translation>{file}: tipo desconocido &apos;{kind}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: &apos;published&apos; must be a date like 2000-11-15, 2000-11 or 2000</source>
        <translation>{file}: &apos;published&apos; debe ser una fecha como 2000-11-15, 2000-11 o 2000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: &apos;source_url&apos; must be a web address (https://…)</source>
        <translation>{file}: &apos;source_url&apos; debe ser una dirección web (https://…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: not an ISO country code: {codes}</source>
        <translation>{file}: no es un código de país ISO: {codes}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: the front matter is not valid YAML{where}</source>
        <translation>{file}: el encabezado de metadatos no es YAML válido{where}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: the id &apos;{id}&apos; is already used by another document</source>
        <translation>{file}: el identificador &apos;{id}&apos; ya lo usa otro documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: could not be copied into the library ({reason})</source>
        <translation>{file}: no se pudo copiar a la biblioteca ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kiosk configuration {file} cannot be used: {problem}</source>
        <translation>No se puede usar la configuración de quiosco {file}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PIN must have {min} to {max} characters, without spaces at the ends.</source>
        <translation>El PIN debe tener entre {min} y {max} caracteres, sin espacios al principio ni al final.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library in {path} is in use by another TIPdesk window or command.</source>
        <translation>La biblioteca de {path} está siendo usada por otra ventana o comando de TIPdesk.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Rebuilding the search index…</source>
        <translation>Reconstruyendo el índice de búsqueda…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This seminar pack no longer exists.</source>
        <translation>Este paquete de seminario ya no existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack refers to documents that are no longer in the library: {ids}. Remove them from the pack first.</source>
        <translation>El paquete hace referencia a documentos que ya no están en la biblioteca: {ids}. Quítelos primero del paquete.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack could not be written to {path}: {reason}</source>
        <translation>No se pudo escribir el paquete en {path}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was refused: the document &apos;{id}&apos; does not match the manifest. Nothing was imported.</source>
        <translation>Se rechazó {file}: el documento &apos;{id}&apos; no coincide con el manifiesto. No se importó nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was refused: the document &apos;{id}&apos; cannot be read ({reason}). Nothing was imported.</source>
        <translation>Se rechazó {file}: no se puede leer el documento &apos;{id}&apos; ({reason}). No se importó nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was refused: its manifest is wrong ({problem}). Nothing was imported.</source>
        <translation>Se rechazó {file}: su manifiesto es incorrecto ({problem}). No se importó nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was made by a newer TIPdesk (pack format {version}); update TIPdesk to open it. Nothing was imported.</source>
        <translation>{file} se creó con una versión más reciente de TIPdesk (formato de paquete {version}); actualice TIPdesk para abrirlo. No se importó nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was refused: the entry &apos;{entry}&apos; is not part of a seminar pack. Nothing was imported.</source>
        <translation>Se rechazó {file}: la entrada &apos;{entry}&apos; no forma parte de un paquete de seminario. No se importó nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was refused: the manifest names &apos;{entry}&apos;, which is not in the pack. Nothing was imported.</source>
        <translation>Se rechazó {file}: el manifiesto menciona &apos;{entry}&apos;, que no está en el paquete. No se importó nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was refused: &apos;{id}&apos; is not a valid document id. Nothing was imported.</source>
        <translation>Se rechazó {file}: &apos;{id}&apos; no es un identificador de documento válido. No se importó nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was refused: the pack refers to &apos;{id}&apos;, which it does not contain. Nothing was imported.</source>
        <translation>Se rechazó {file}: el paquete hace referencia a &apos;{id}&apos;, que no contiene. No se importó nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A seminar pack needs a name.</source>
        <translation>Un paquete de seminario necesita un nombre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The planned time must be between 0 and {max} minutes.</source>
        <translation>El tiempo previsto debe estar entre 0 y {max} minutos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a document to add to the pack.</source>
        <translation>Elija un documento para añadir al paquete.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This item is no longer in the pack.</source>
        <translation>Este elemento ya no está en el paquete.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack changed; reload it.</source>
        <translation>El paquete cambió; vuelva a cargarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was refused: it holds too many files ({count}; at most {max}). Nothing was imported.</source>
        <translation>Se rechazó {file}: contiene demasiados archivos ({count}; como máximo {max}). No se importó nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was refused: it would unpack to more than {max} MB. Nothing was imported.</source>
        <translation>Se rechazó {file}: al descomprimirlo ocuparía más de {max} MB. No se importó nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was refused: the entry &apos;{entry}&apos; would be written outside the pack&apos;s folder. Nothing was imported.</source>
        <translation>Se rechazó {file}: la entrada &apos;{entry}&apos; se escribiría fuera de la carpeta del paquete. No se importó nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was refused: the entry &apos;{entry}&apos; is a link. Nothing was imported.</source>
        <translation>Se rechazó {file}: la entrada &apos;{entry}&apos; es un enlace. No se importó nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was refused: the entry &apos;{entry}&apos; is encrypted. Nothing was imported.</source>
        <translation>Se rechazó {file}: la entrada &apos;{entry}&apos; está cifrada. No se importó nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was refused: the entry &apos;{entry}&apos; is too large or compressed suspiciously much. Nothing was imported.</source>
        <translation>Se rechazó {file}: la entrada &apos;{entry}&apos; es demasiado grande o está comprimida de forma sospechosa. No se importó nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was refused: the document &apos;{id}&apos; does not match its checksum; the pack is damaged or was altered. Nothing was imported.</source>
        <translation>Se rechazó {file}: el documento &apos;{id}&apos; no coincide con su suma de verificación; el paquete está dañado o fue alterado. No se importó nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} cannot be read: {reason}</source>
        <translation>No se puede leer {file}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is not a TIPdesk seminar pack (it is not a readable zip file). Nothing was imported.</source>
        <translation>{file} no es un paquete de seminario de TIPdesk (no es un archivo zip legible). No se importó nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is not a TIPdesk seminar pack: it has no manifest. Nothing was imported.</source>
        <translation>{file} no es un paquete de seminario de TIPdesk: no tiene manifiesto. No se importó nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was refused: the entry &apos;{entry}&apos; is damaged ({reason}). Nothing was imported.</source>
        <translation>Se rechazó {file}: la entrada &apos;{entry}&apos; está dañada ({reason}). No se importó nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: no such file</source>
        <translation>{file}: el archivo no existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: is a folder, not a file</source>
        <translation>{file}: es una carpeta, no un archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: TIPdesk cannot import this kind of file (use .md, .txt, .html or .pdf)</source>
        <translation>{file}: TIPdesk no puede importar este tipo de archivo (use .md, .txt, .html o .pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: the document has no text</source>
        <translation>{file}: el documento no tiene texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: cannot tell the language of the text; give it with --lang en|es|fr|pt</source>
        <translation>{file}: no se puede determinar el idioma del texto; indíquelo con --lang en|es|fr|pt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the source {source} has no signed document index; is it a TIPdesk repository?</source>
        <translation>la fuente {source} no tiene un índice de documentos firmado; ¿es un repositorio de TIPdesk?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the source {source} lists a document the publisher did not sign ({path}); nothing was changed</source>
        <translation>la fuente {source} incluye un documento que el editor no firmó ({path}); no se cambió nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the publisher&apos;s document index cannot be read: {detail}</source>
        <translation>no se puede leer el índice de documentos del editor: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the demo keys must not be inside the repository folder {dir}</source>
        <translation>las claves de demostración no deben estar dentro de la carpeta del repositorio {dir}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dir} is not empty and was not made by publish-demo; choose a new folder</source>
        <translation>{dir} no está vacía y no la creó publish-demo; elija una carpeta nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no source could be used: {details}</source>
        <translation>no se pudo usar ninguna fuente: {details}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the source {source} is out of date (its signature expired on {date}; this computer&apos;s clock says {clock}); your library still works offline</source>
        <translation>la fuente {source} está desactualizada (su firma venció el {date}; el reloj de esta computadora indica {clock}); su biblioteca sigue funcionando sin conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the source {source} holds an older release than this computer already has; nothing was changed (try a newer source)</source>
        <translation>la fuente {source} tiene una versión más antigua que la que ya hay en esta computadora; no se cambió nada (pruebe con una fuente más reciente)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the source {source} sent metadata that is not signed by the publisher&apos;s keys ({detail}); nothing was changed</source>
        <translation>la fuente {source} envió metadatos que no están firmados con las claves del editor ({detail}); no se cambió nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the source {source} sent data that does not match what the publisher signed ({detail}); nothing was changed</source>
        <translation>la fuente {source} envió datos que no coinciden con lo que firmó el editor ({detail}); no se cambió nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the source {source} sent more data than the publisher signed; nothing was changed</source>
        <translation>la fuente {source} envió más datos de los que firmó el editor; no se cambió nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the source {source} is too slow ({detail}); nothing was changed, and the next sync continues where this one stopped</source>
        <translation>la fuente {source} es demasiado lenta ({detail}); no se cambió nada y la próxima sincronización continuará donde se detuvo esta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the source {source} did not answer in time (timeout); nothing was changed</source>
        <translation>la fuente {source} no respondió a tiempo (se agotó el tiempo de espera); no se cambió nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the source {source} does not have {file} (error {status}); nothing was changed (is it a complete TIPdesk repository?)</source>
        <translation>la fuente {source} no tiene {file} (error {status}); no se cambió nada (¿es un repositorio de TIPdesk completo?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not get data from {source}: {detail}; nothing was changed</source>
        <translation>no se pudieron obtener datos de {source}: {detail}; no se cambió nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is full ({detail}); nothing was changed; free some space and sync again (it continues where it stopped)</source>
        <translation>el disco está lleno ({detail}); no se cambió nada; libere espacio y vuelva a sincronizar (continuará donde se detuvo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write the sync files ({file}: {detail}); nothing was changed</source>
        <translation>no se pueden escribir los archivos de sincronización ({file}: {detail}); no se cambió nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the publisher&apos;s root of trust has expired (this computer&apos;s clock says {clock}); check the clock or install a newer TIPdesk; your library still works offline</source>
        <translation>la raíz de confianza del editor venció (el reloj de esta computadora indica {clock}); revise el reloj o instale una versión más reciente de TIPdesk; su biblioteca sigue funcionando sin conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dir} has nothing published yet; run &apos;tipdesk publish&apos; first</source>
        <translation>{dir} todavía no tiene nada publicado; ejecute primero &apos;tipdesk publish&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown role &apos;{role}&apos;; choose root, targets, snapshot or timestamp</source>
        <translation>rol desconocido &apos;{role}&apos;; elija root, targets, snapshot o timestamp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is missing or damaged; create keys with &apos;tipdesk keys init&apos;</source>
        <translation>{file} falta o está dañado; cree claves con &apos;tipdesk keys init&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the root passphrase must have at least {n} characters</source>
        <translation>la frase de contraseña de la clave raíz debe tener al menos {n} caracteres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dir} already holds keys; refusing to overwrite them</source>
        <translation>{dir} ya contiene claves; no se sobrescribirán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dir} has no {role} key (create one with &apos;tipdesk keys init&apos;)</source>
        <translation>{dir} no tiene una clave {role} (cree una con &apos;tipdesk keys init&apos;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read the {role} key {file}: {reason}</source>
        <translation>no se puede leer la clave {role} {file}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot open the {role} key {file}: wrong passphrase or damaged file</source>
        <translation>no se puede abrir la clave {role} {file}: frase de contraseña incorrecta o archivo dañado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read the passphrase file {file}: {reason}</source>
        <translation>no se puede leer el archivo de la frase de contraseña {file}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the root key needs a passphrase: use --passphrase-file or set {env}</source>
        <translation>la clave raíz necesita una frase de contraseña: use --passphrase-file o defina {env}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the passphrases do not match</source>
        <translation>las frases de contraseña no coinciden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dir} is not a folder</source>
        <translation>{dir} no es una carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing was published: {count} file(s) cannot be published: {problems}{more}</source>
        <translation>no se publicó nada: {count} archivo(s) no se pueden publicar: {problems}{more}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} changed while it was being published; publish again</source>
        <translation>{file} cambió mientras se publicaba; vuelva a publicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the {role} key in the key folder ({keyid}…) is not the one this repository&apos;s root (version {version}) trusts; use the key folder that made this repository</source>
        <translation>la clave {role} de la carpeta de claves ({keyid}…) no es aquella en la que confía la raíz de este repositorio (versión {version}); use la carpeta de claves con la que se creó este repositorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the repository file {file} is not {kind} metadata</source>
        <translation>el archivo del repositorio {file} no contiene metadatos {kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dir} is not a TIPdesk repository (no metadata/1.root.json)</source>
        <translation>{dir} no es un repositorio de TIPdesk (no hay metadata/1.root.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the repository file {file} is missing or damaged: {reason}</source>
        <translation>el archivo del repositorio {file} falta o está dañado: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dir} already holds a newer release than this computer; sync from it instead</source>
        <translation>{dir} ya contiene una versión más reciente que la de esta computadora; sincronice desde esa carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is nothing to share yet: sync this library first</source>
        <translation>todavía no hay nada que compartir: sincronice primero esta biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is nothing to export yet: sync this library first</source>
        <translation>todavía no hay nada que exportar: sincronice primero esta biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write the bundle to {dir}: {reason}</source>
        <translation>no se puede escribir la copia de actualización en {dir}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no sync source is configured; give one with --from (a web address or a folder such as a USB stick)</source>
        <translation>no hay ninguna fuente de sincronización configurada; indique una con --from (una dirección web o una carpeta, como una memoria USB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is not a TUF root metadata file</source>
        <translation>{file} no es un archivo de metadatos raíz de TUF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this copy of TIPdesk has no publisher trust root yet; give the publisher&apos;s root file with --trust ROOT_JSON</source>
        <translation>esta copia de TIPdesk todavía no tiene la raíz de confianza del editor; indique el archivo raíz del editor con --trust ROOT_JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read the trust root {file}: {reason}</source>
        <translation>no se puede leer la raíz de confianza {file}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{source}&apos; is neither a web address (http, https) nor a folder</source>
        <translation>&apos;{source}&apos; no es una dirección web (http, https) ni una carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another sync is already running for this library; wait for it to finish</source>
        <translation>ya hay otra sincronización en curso para esta biblioteca; espere a que termine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no document with the id &apos;{id}&apos;</source>
        <translation>no hay ningún documento con el identificador &apos;{id}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No seminar pack is called &apos;{pack}&apos;; see &apos;tipdesk pack list&apos;.</source>
        <translation>No hay ningún paquete de seminario llamado &apos;{pack}&apos;; vea &apos;tipdesk pack list&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two PINs differ; nothing was written.</source>
        <translation>Los dos PIN no coinciden; no se escribió nada.</translation>
    </message>
</context>
</TS>
