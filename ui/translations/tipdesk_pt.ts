<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name>BrowseTree</name>
    <message>
        <location filename="../../tipdesk/gui/browse_view.py" line="+98"/>
        <source>No topic</source>
        <translation>Sem tema</translation>
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
        <translation>Navegar por tipo de documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By t&amp;opic</source>
        <translation>Por t&amp;ema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse by topic</source>
        <translation>Navegar por tema</translation>
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
        <translation>A biblioteca por tipo e tema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expand a group to see its documents; press Enter to open one.</source>
        <translation>Expanda um grupo para ver seus documentos; pressione Enter para abrir um.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../tipdesk/gui/crash.py" line="+79"/>
        <source>TIPdesk ran into a problem</source>
        <translation>O TIPdesk encontrou um problema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong inside TIPdesk. This is a bug, not something you did. Your library and notes are safe; you can keep working.</source>
        <translation>Algo deu errado dentro do TIPdesk. É um defeito do programa, não algo que você fez. Sua biblioteca e suas anotações estão seguras; você pode continuar trabalhando.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The details were written to {path}.</source>
        <translation>Os detalhes foram gravados em {path}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar detalhes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the error details</source>
        <translation>Copiar os detalhes do erro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error details</source>
        <translation>Detalhes do erro</translation>
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
        <translation>Outro programa está usando a biblioteca agora, provavelmente um comando do TIPdesk em um terminal (uma importação, uma sincronização ou uma reindexação). Espere terminar, ou interrompa o comando, e abra o TIPdesk de novo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The library is in use</source>
        <translation>A biblioteca está em uso</translation>
    </message>
</context>
<context>
    <name>DocumentHeader</name>
    <message>
        <location filename="../../tipdesk/gui/reader_header.py" line="+137"/>
        <source>version %1</source>
        <translation>versão %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Source: %1</source>
        <translation>Fonte: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Opens in your web browser, after asking</source>
        <translation>Abre no seu navegador, depois de perguntar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source of this document</source>
        <translation>Fonte deste documento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Facts in this document are still to be confirmed against the official text. Check the source before quoting it.</source>
        <translation>As informações deste documento ainda precisam ser conferidas com o texto oficial. Consulte a fonte antes de citá-lo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Review notice</source>
        <translation>Aviso de revisão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also in:</source>
        <translation>Também em:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document title</source>
        <translation>Título do documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document details</source>
        <translation>Dados do documento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the %1 version at the same section</source>
        <translation>Abrir a versão em %1 na mesma seção</translation>
    </message>
</context>
<context>
    <name>DocumentPages</name>
    <message>
        <location filename="../../tipdesk/gui/reader_pages.py" line="+61"/>
        <source>No document is open.</source>
        <translation>Nenhum documento aberto.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The PDF viewer is not available in this installation, so this PDF is shown as the text extracted from it. Layout, pictures and tables may be missing.</source>
        <translation>O visualizador de PDF não está disponível nesta instalação, então este PDF aparece como o texto extraído dele. O layout, as imagens e as tabelas podem estar faltando.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This PDF could not be displayed, so it is shown as the text extracted from it. Layout, pictures and tables may be missing.</source>
        <translation>Não foi possível exibir este PDF, então ele aparece como o texto extraído dele. O layout, as imagens e as tabelas podem estar faltando.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Document text</source>
        <translation>Texto do documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reader message</source>
        <translation>Mensagem do leitor</translation>
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
        <translation>Todos os idiomas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All topics</source>
        <translation>Todos os temas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All countries</source>
        <translation>Todos os países</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All years</source>
        <translation>Todos os anos</translation>
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
        <translation>Filtro de ano</translation>
    </message>
    <message>
        <location line="+101"/>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Limpar filtros</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shows only documents with this value; the numbers are how many match.</source>
        <translation>Mostra só os documentos com este valor; os números indicam quantos correspondem.</translation>
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
        <translation>Nenhuma ocorrência</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Find:</source>
        <translation>&amp;Localizar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Find in this document</source>
        <translation>Localizar neste documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Ocorrência anterior (Shift+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match</source>
        <translation>Ocorrência anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match (Enter)</source>
        <translation>Próxima ocorrência (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match</source>
        <translation>Próxima ocorrência</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar (Esc)</source>
        <translation>Fechar a barra de localização (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar</source>
        <translation>Fechar a barra de localização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches</source>
        <translation>Ocorrências</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the text</source>
        <translation>Limpar o texto</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../../tipdesk/gui/handouts.py" line="+125"/>
        <source>This seminar pack no longer exists.</source>
        <translation>Este pacote de seminário não existe mais.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Save the handout as PDF</source>
        <translation>Salvar o material como PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
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
        <translation>&amp;Partes a incluir:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>Imp&amp;rimir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Salvar como PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts of the pack to include</source>
        <translation>Partes do pacote a incluir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the handout</source>
        <translation>Idioma do material</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <location filename="../../tipdesk/gui/help_dialogs.py" line="+17"/>
        <source>About TIPdesk</source>
        <translation>Sobre o TIPdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIPdesk {version}

An offline library on trafficking in persons: conventions, guides and training material in English, Spanish, French and Portuguese, searchable with no network.

Data folder: {folder}</source>
        <translation>TIPdesk {version}

Uma biblioteca off-line sobre tráfico de pessoas: convenções, guias e material de capacitação em inglês, espanhol, francês e português, que pode ser consultada sem rede.

Pasta de dados: {folder}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
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
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import a folder</source>
        <translation>Importar uma pasta</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location line="-229"/>
        <source>Import finished</source>
        <translation>Importação concluída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document or file</source>
        <translation>Documento ou arquivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was imported and what was skipped</source>
        <translation>O que foi importado e o que foi ignorado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import summary</source>
        <translation>Resumo da importação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import cancelled</source>
        <translation>Importação cancelada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The import was cancelled. The documents read before you cancelled were kept in the library.</source>
        <translation>A importação foi cancelada. Os documentos lidos antes do cancelamento foram mantidos na biblioteca.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added {added}, updated {updated}, skipped {skipped}.</source>
        <translation>Adicionados: {added}; atualizados: {updated}; ignorados: {skipped}.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n file(s) were already in the library and had not changed.</source>
        <translation>
            <numerusform>%n arquivo já estava na biblioteca e não tinha mudado.</numerusform>
            <numerusform>%n arquivos já estavam na biblioteca e não tinham mudado.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No Markdown, text, HTML or PDF files were found there.</source>
        <translation>Nenhum arquivo Markdown, de texto, HTML ou PDF foi encontrado ali.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Added</source>
        <translation>Adicionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Atualizado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation>Ignorado</translation>
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
        <translation>Procurando documentos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import progress</source>
        <translation>Progresso da importação</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading {file}…</source>
        <translation>Lendo {file}…</translation>
    </message>
</context>
<context>
    <name>KioskHome</name>
    <message>
        <location filename="../../tipdesk/gui/kiosk_widgets.py" line="+97"/>
        <source>TIPdesk — a library on trafficking in persons</source>
        <translation>TIPdesk — uma biblioteca sobre tráfico de pessoas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type in the search box to find guides, checklists and laws.</source>
        <translation>Digite na caixa de pesquisa para encontrar guias, listas de verificação e leis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear everything I did</source>
        <translation>Apagar tudo o que eu fiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Informações</translation>
    </message>
</context>
<context>
    <name>KioskMode</name>
    <message>
        <location filename="../../tipdesk/gui/kiosk.py" line="+347"/>
        <source>Home</source>
        <translation>Início</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear everything I did</source>
        <translation>Apagar tudo o que eu fiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator…</source>
        <translation>Administrador…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the kiosk again</source>
        <translation>Bloquear o quiosque de novo</translation>
    </message>
</context>
<context>
    <name>LibraryShare</name>
    <message>
        <location filename="../../tipdesk/gui/share_dialog.py" line="+108"/>
        <source>Cannot share on {address}: {reason}</source>
        <translation>Não é possível compartilhar em {address}: {reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tipdesk/gui/main_window.py" line="+226"/>
        <source>Close {title}</source>
        <translation>Fechar {title}</translation>
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
        <translation>Tamanho da biblioteca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The search index was damaged and was rebuilt.</source>
        <translation>O índice de busca estava danificado e foi reconstruído.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notes and bookmarks</source>
        <translation>Anotações e marcadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open documents</source>
        <translation>Documentos abertos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search and documents</source>
        <translation>Busca e documentos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the library with the box on the left ({search}), or browse it by kind and topic. Documents open here, each in its own tab.</source>
        <translation>Pesquise na biblioteca com a caixa à esquerda ({search}) ou navegue por tipo e tema. Os documentos abrem aqui, cada um em sua própria aba.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Welcome</source>
        <translation>Boas-vindas</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../tipdesk/gui/note_editor.py" line="+96"/>
        <source>New note</source>
        <translation>Nova anotação</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit note</source>
        <translation>Editar anotação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On: {document}</source>
        <translation>Em: {document}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the note goes</source>
        <translation>Onde fica a anotação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach the note to</source>
        <translation>Vincular a anotação a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note text</source>
        <translation>Texto da anotação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your note here. Ctrl+Enter saves it.</source>
        <translation>Escreva sua anotação aqui. Ctrl+Enter salva.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole document</source>
        <translation>O documento inteiro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This section: {section}</source>
        <translation>Esta seção: {section}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the note</source>
        <translation>Salvar a anotação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard the changes</source>
        <translation>Descartar as alterações</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>On: {document} — {section}</source>
        <translation>Em: {document} — {section}</translation>
    </message>
</context>
<context>
    <name>NotesExporter</name>
    <message>
        <location filename="../../tipdesk/gui/notes_export.py" line="+46"/>
        <source>Notes and bookmarks</source>
        <translation>Anotações e marcadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported from TIPdesk on {date}.</source>
        <translation>Exportado do TIPdesk em {date}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no bookmarks or notes yet.</source>
        <translation>Ainda não há marcadores nem anotações.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmark</source>
        <translation>Marcador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Anotação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole document</source>
        <translation>Documento inteiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page {page}</source>
        <translation>Página {page}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added {date}</source>
        <translation>Adicionado em {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated {date}</source>
        <translation>Atualizado em {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This document is no longer in the library.</source>
        <translation>Este documento não está mais na biblioteca.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language: {language}</source>
        <translation>Idioma: {language}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export notes as Markdown</source>
        <translation>Exportar anotações como Markdown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Markdown files (*.md)</source>
        <translation>Arquivos Markdown (*.md)</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../tipdesk/gui/notes_panel.py" line="+139"/>
        <source>&amp;Only this document</source>
        <translation>&amp;Só este documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the notes of this document</source>
        <translation>Mostrar só as anotações deste documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmarks and notes</source>
        <translation>Marcadores e anotações</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No bookmarks or notes yet. Open a document, then use Bookmark or Add note to keep your place or write down a thought.</source>
        <translation>Ainda não há marcadores nem anotações. Abra um documento e use Marcador ou Adicionar anotação para guardar o ponto onde está ou registrar uma ideia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No bookmarks or notes</source>
        <translation>Nenhum marcador ou anotação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit note</source>
        <translation>&amp;Editar anotação</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Bookmark</source>
        <translation>&amp;Marcador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bookmark this section</source>
        <translation>Marcar esta seção</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;note…</source>
        <translation>Adicionar a&amp;notação…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a note</source>
        <translation>Adicionar uma anotação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected note</source>
        <translation>Editar a anotação selecionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected item</source>
        <translation>Excluir o item selecionado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport as Markdown…</source>
        <translation>E&amp;xportar como Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export all bookmarks and notes as a Markdown file</source>
        <translation>Exportar todos os marcadores e anotações para um arquivo Markdown</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes status</source>
        <translation>Situação das anotações</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>not in the library</source>
        <translation>não está na biblioteca</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bookmark: {where}</source>
        <translation>Marcador: {where}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note: {text}</source>
        <translation>Anotação: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note on {where}: {text}</source>
        <translation>Anotação em {where}: {text}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added {date}</source>
        <translation>Adicionado em {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated {date}</source>
        <translation>Atualizado em {date}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Bookmark “{section}”</source>
        <translation>Marcador “{section}”</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Bookmark added.</source>
        <translation>Marcador adicionado.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Note added.</source>
        <translation>Anotação adicionada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note saved.</source>
        <translation>Anotação salva.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete note</source>
        <translation>Excluir anotação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this note? This cannot be undone.</source>
        <translation>Excluir esta anotação? Não é possível desfazer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bookmark deleted.</source>
        <translation>Marcador excluído.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note deleted.</source>
        <translation>Anotação excluída.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exported to {path}.</source>
        <translation>Exportado para {path}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The notes could not be written to {path}: {reason}</source>
        <translation>Não foi possível gravar as anotações em {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message>
        <location filename="../../tipdesk/gui/pack_editor.py" line="+142"/>
        <source>This document is no longer in the library.</source>
        <translation>Este documento não está mais na biblioteca.</translation>
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
        <translation>&amp;Título do seminário:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P&amp;lace:</source>
        <translation>&amp;Local:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Items (drag to reorder, or Alt+Up / Alt+Down):</source>
        <translation>&amp;Itens (arraste para reordenar, ou Alt+Cima / Alt+Baixo):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainer&apos;s &amp;note for this item:</source>
        <translation>&amp;Anotação do formador para este item:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned &amp;minutes:</source>
        <translation>&amp;Minutos previstos:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Apresentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handouts…</source>
        <translation>Material para participantes…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items of the pack</source>
        <translation>Itens do pacote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainer&apos;s note</source>
        <translation>Anotação do formador</translation>
    </message>
</context>
<context>
    <name>PacksPanel</name>
    <message>
        <location filename="../../tipdesk/gui/packs_panel.py" line="+201"/>
        <location line="+7"/>
        <source>New seminar pack</source>
        <translation>Novo pacote de seminário</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename the seminar pack</source>
        <translation>Renomear o pacote de seminário</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete the seminar pack</source>
        <translation>Excluir o pacote de seminário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the pack “%1”? Its documents stay in the library.</source>
        <translation>Excluir o pacote “%1”? Os documentos dele continuam na biblioteca.</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+70"/>
        <source>Seminar packs</source>
        <translation>Pacotes de seminário</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Export the seminar pack</source>
        <translation>Exportar o pacote de seminário</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Seminar packs (*%1)</source>
        <translation>Pacotes de seminário (*%1)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Import a seminar pack</source>
        <translation>Importar um pacote de seminário</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pack “%1” was added.</source>
        <translation>O pacote “%1” foi adicionado.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>From the publisher (checked): %n document(s).</source>
        <translation>
            <numerusform>Do editor (verificado): %n documento.</numerusform>
            <numerusform>Do editor (verificados): %n documentos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Shared by a colleague (not checked): %n document(s).</source>
        <translation>
            <numerusform>Compartilhado por um colega (não verificado): %n documento.</numerusform>
            <numerusform>Compartilhados por um colega (não verificados): %n documentos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your library has another version of: %1. Yours was kept.</source>
        <translation>Sua biblioteca tem outra versão de: %1. A sua foi mantida.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Seminar &amp;packs:</source>
        <translation>&amp;Pacotes de seminário:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New…</source>
        <translation>Novo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Renomear…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Excluir…</translation>
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
        <translation>Próxima página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Page</source>
        <translation>&amp;Página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page number</source>
        <translation>Número da página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Diminuir zoom (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Diminuir zoom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Aumentar zoom (Ctrl++)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Aumentar zoom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>Ajustar à largura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the page to the width of the window</source>
        <translation>Ajustar a página à largura da janela</translation>
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
        <translation>Páginas e zoom do PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More PDF controls</source>
        <translation>Mais controles do PDF</translation>
    </message>
</context>
<context>
    <name>PresentationLauncher</name>
    <message>
        <location filename="../../tipdesk/gui/presentation.py" line="+249"/>
        <source>There is nothing to present.</source>
        <translation>Não há nada para apresentar.</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../../tipdesk/gui/presenter_view.py" line="+155"/>
        <source>search result — Esc returns</source>
        <translation>resultado da pesquisa — Esc para voltar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>black screen</source>
        <translation>tela preta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This part</source>
        <translation>Esta parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In all</source>
        <translation>No total</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Presenter view — TIPdesk</source>
        <translation>Modo do apresentador — TIPdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Anotações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainer&apos;s notes</source>
        <translation>Anotações do formador</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../tipdesk/gui/printing.py" line="+61"/>
        <source>Version %1</source>
        <translation>Versão %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source: %1</source>
        <translation>Fonte: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Cannot write to %1.</source>
        <translation>Não é possível gravar em %1.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The PDF file could not be read.</source>
        <translation>Não foi possível ler o arquivo PDF.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Print document</source>
        <translation>Imprimir documento</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The document could not be printed.</source>
        <translation>Não foi possível imprimir o documento.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The PDF could not be saved to %1.</source>
        <translation>Não foi possível salvar o PDF em %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printing</source>
        <translation>Impressão</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save as PDF</source>
        <translation>Salvar como PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReaderTab</name>
    <message>
        <location filename="../../tipdesk/gui/reader.py" line="+208"/>
        <source>This document is no longer in the library.</source>
        <translation>Este documento não está mais na biblioteca.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This document could not be opened.</source>
        <translation>Não foi possível abrir este documento.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Open in web browser</source>
        <translation>Abrir no navegador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this page in your web browser? You may need an internet connection.</source>
        <translation>Abrir esta página no seu navegador? Talvez seja preciso ter conexão com a internet.</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Note about this document</source>
        <translation>Observação sobre este documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents and document</source>
        <translation>Sumário e documento</translation>
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
        <translation>Pesquisar na biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search while presenting</source>
        <translation>Pesquisar durante a apresentação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter shows the result on the screen; Esc goes back to the slide.</source>
        <translation>Enter mostra o resultado na tela; Esc volta ao slide.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../tipdesk/gui/search_panel.py" line="+332"/>
        <source>Search the library…</source>
        <translation>Pesquisar na biblioteca…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the library</source>
        <translation>Pesquisar na biblioteca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results appear as you type. Down and Up move through them; Enter opens one.</source>
        <translation>Os resultados aparecem enquanto você digita. As setas para baixo e para cima percorrem a lista; Enter abre um.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each result shows the title, kind, language, section and matching words.</source>
        <translation>Cada resultado mostra o título, o tipo, o idioma, a seção e as palavras encontradas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Load more results</source>
        <translation>Carregar mais resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No results</source>
        <translation>Nenhum resultado</translation>
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
        <translation>Nenhum documento corresponde a “{query}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the spelling, or try fewer or other words.</source>
        <translation>Confira a ortografia ou tente menos palavras ou outras palavras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can search in English, Spanish, French or Portuguese: all four are searched at once.</source>
        <translation>Você pode pesquisar em inglês, espanhol, francês ou português: os quatro idiomas são pesquisados ao mesmo tempo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filters are on: clear them to search the whole library.</source>
        <translation>Há filtros ativos: limpe-os para pesquisar na biblioteca inteira.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>{documents} in the library</source>
        <translation>{documents} na biblioteca</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Did you mean: {word}</source>
        <translation>Você quis dizer: {word}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Number of documents found</source>
        <translation>Número de documentos encontrados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did you mean:</source>
        <translation>Você quis dizer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search for this word instead</source>
        <translation>Pesquisar esta palavra em vez disso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No document has all the words; showing documents with some of them.</source>
        <translation>Nenhum documento tem todas as palavras; mostrando documentos com algumas delas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note about the results</source>
        <translation>Observação sobre os resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search problem</source>
        <translation>Problema na pesquisa</translation>
    </message>
</context>
<context>
    <name>SeminarParts</name>
    <message>
        <location filename="../../tipdesk/gui/seminar_parts.py" line="+132"/>
        <source>Seminar packs</source>
        <translation>Pacotes de seminário</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../tipdesk/gui/settings_dialog.py" line="+118"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma da interface:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as the system</source>
        <translation>O mesmo do sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface language</source>
        <translation>Idioma da interface</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reader &amp;font size:</source>
        <translation>&amp;Tamanho da fonte do leitor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reader font size in points</source>
        <translation>Tamanho da fonte do leitor em pontos</translation>
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
        <translation>Escuro</translation>
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
        <translation>Pasta de &amp;dados:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder</source>
        <translation>Pasta de dados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your library, notes and settings are kept in this folder.</source>
        <translation>Sua biblioteca, suas anotações e suas configurações ficam nesta pasta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir pasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the data folder</source>
        <translation>Abrir a pasta de dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy</source>
        <translation>Privacidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep search history</source>
        <translation>&amp;Manter o histórico de pesquisas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep search history</source>
        <translation>Manter o histórico de pesquisas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remember your searches on this computer. Turning this off also forgets the searches kept so far.</source>
        <translation>Lembrar suas pesquisas neste computador. Desativar esta opção também apaga as pesquisas guardadas até agora.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../tipdesk/gui/share_dialog.py" line="+85"/>
        <source>This computer only — {address}</source>
        <translation>Só este computador — {address}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every network of this computer — {address}</source>
        <translation>Todas as redes deste computador — {address}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Stop sharing</source>
        <translation>&amp;Parar de compartilhar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Start sharing</source>
        <translation>&amp;Começar a compartilhar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy the address</source>
        <translation>&amp;Copiar o endereço</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only this computer can use this address. Choose the network the participants are on above, so that their computers can reach yours.</source>
        <translation>Só este computador pode usar este endereço. Escolha acima a rede em que os participantes estão, para que os computadores deles possam acessar o seu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give this address to the participants. In their TIPdesk: Library → Update the library…, Add a colleague&apos;s computer…, type the address, Update now. They check everything against the publisher&apos;s signatures.</source>
        <translation>Passe este endereço aos participantes. No TIPdesk deles: Biblioteca → Atualizar a biblioteca…, Adicionar o computador de um colega…, digitar o endereço, Atualizar agora. Tudo é conferido com as assinaturas do editor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Participants on the same network can update their library from this computer: choose the network and start sharing.</source>
        <translation>Os participantes na mesma rede podem atualizar a biblioteca deles a partir deste computador: escolha a rede e comece a compartilhar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Requests answered so far: {count}</source>
        <translation>Solicitações atendidas até agora: {count}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Share my library on this network</source>
        <translation>Compartilhar minha biblioteca nesta rede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share &amp;on:</source>
        <translation>Compartilhar &amp;em:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network to share on</source>
        <translation>A rede para compartilhar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address to give participants</source>
        <translation>O endereço a passar aos participantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the address</source>
        <translation>Copiar o endereço</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share the library</source>
        <translation>Compartilhar a biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How participants connect</source>
        <translation>Como os participantes se conectam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests answered</source>
        <translation>Solicitações atendidas</translation>
    </message>
</context>
<context>
    <name>SourceList</name>
    <message>
        <location filename="../../tipdesk/gui/sync_sources.py" line="+147"/>
        <source>{path} is not a folder.</source>
        <translation>{path} não é uma pasta.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Folder or USB stick</source>
        <translation>Pasta ou pen drive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer on this network</source>
        <translation>Computador nesta rede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation>Endereço da web</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind}: {address}</source>
        <translation>{kind}: {address}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add a web address</source>
        <translation>Adicionar um endereço da web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The publisher&apos;s address, for example https://updates.example.org/</source>
        <translation>O endereço do editor, por exemplo https://updates.example.org/</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a colleague&apos;s computer</source>
        <translation>Adicionar o computador de um colega</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address your colleague&apos;s TIPdesk shows under “Share my library on this network”, for example 192.168.1.20:8765</source>
        <translation>O endereço que o TIPdesk do seu colega mostra em “Compartilhar minha biblioteca nesta rede”, por exemplo 192.168.1.20:8765</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose the folder or USB stick to update from</source>
        <translation>Escolha a pasta ou o pen drive a partir do qual atualizar</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Update from:</source>
        <translation>&amp;Atualizar a partir de:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources to update from</source>
        <translation>Fontes de atualização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem with the source</source>
        <translation>Problema com a fonte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a &amp;web address…</source>
        <translation>Adicionar um endereço da &amp;web…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a f&amp;older or USB stick…</source>
        <translation>Adicionar uma &amp;pasta ou pen drive…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a &amp;colleague&apos;s computer…</source>
        <translation>Adicionar o computador de um c&amp;olega…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen source</source>
        <translation>Remover a fonte escolhida</translation>
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
        <translation>Progresso</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Preparing the library for its first use…</source>
        <translation>Preparando a biblioteca para o primeiro uso…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opening the library…</source>
        <translation>Abrindo a biblioteca…</translation>
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
        <translation>&amp;Atualizar a biblioteca…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Share my library on this network</source>
        <translation>&amp;Compartilhar minha biblioteca nesta rede</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update the library ({shortcut})</source>
        <translation>Atualizar a biblioteca ({shortcut})</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../tipdesk/gui/sync_dialog.py" line="+163"/>
        <source>Add a source first: a web address, a folder or a colleague&apos;s computer.</source>
        <translation>Adicione primeiro uma fonte: um endereço da web, uma pasta ou o computador de um colega.</translation>
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
        <translation>A atualização foi cancelada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was changed in your library. What was already downloaded is kept: the next update continues where this one stopped.</source>
        <translation>Nada foi alterado na sua biblioteca. O que já foi baixado fica guardado: a próxima atualização continua de onde esta parou.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The library was not updated: {reason}</source>
        <translation>A biblioteca não foi atualizada: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your library is unchanged and still works offline.</source>
        <translation>Sua biblioteca não mudou e continua funcionando off-line.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The update stopped because of an error in TIPdesk.</source>
        <translation>A atualização parou por causa de um erro do TIPdesk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your library still works offline.</source>
        <translation>Sua biblioteca continua funcionando off-line.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>The library is up to date (release {release}, %n document(s)).</source>
        <translation>
            <numerusform>A biblioteca está atualizada (versão {release}, %n documento).</numerusform>
            <numerusform>A biblioteca está atualizada (versão {release}, %n documentos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n document(s) added</source>
        <translation>
            <numerusform>%n documento adicionado</numerusform>
            <numerusform>%n documentos adicionados</numerusform>
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
        <translation>De {source}: versão {release}, {size} baixados em {seconds} s.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n document(s) could not be read and were left out:</source>
        <translation>
            <numerusform>%n documento não pôde ser lido e ficou de fora:</numerusform>
            <numerusform>%n documentos não puderam ser lidos e ficaram de fora:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This library has not been updated yet.</source>
        <translation>Esta biblioteca ainda não foi atualizada.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Last updated {when} from {source} (release {release}, %n document(s)).</source>
        <translation>
            <numerusform>Última atualização: {when} a partir de {source} (versão {release}, %n documento).</numerusform>
            <numerusform>Última atualização: {when} a partir de {source} (versão {release}, %n documentos).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That source is out of date: the publisher&apos;s signature expired on {date}. Your library still works offline; update from a newer source.</source>
        <translation>Essa fonte está desatualizada: a assinatura do editor venceu em {date}. Sua biblioteca continua funcionando off-line; atualize a partir de uma fonte mais recente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the publisher&apos;s root file</source>
        <translation>Escolha o arquivo raiz do editor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TUF root files (*.json)</source>
        <translation>Arquivos raiz TUF (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Update the library</source>
        <translation>Atualizar a biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Update now</source>
        <translation>&amp;Atualizar agora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the library now</source>
        <translation>Atualizar a biblioteca agora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel update</source>
        <translation>&amp;Cancelar a atualização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher&apos;s &amp;root file…</source>
        <translation>Arquivo &amp;raiz do editor…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only needed once, when your organisation runs its own publisher</source>
        <translation>Só é preciso uma vez, se a sua organização tiver o próprio editor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the library stands</source>
        <translation>Situação da biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Update progress</source>
        <translation>Progresso da atualização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update result</source>
        <translation>Resultado da atualização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update details</source>
        <translation>Detalhes da atualização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What&apos;s new (double-click to open):</source>
        <translation>&amp;Novidades (clique duas vezes para abrir):</translation>
    </message>
</context>
<context>
    <name>SyncProgressText</name>
    <message>
        <location filename="../../tipdesk/gui/sync_progress.py" line="+55"/>
        <source>Asking {source} what is new…</source>
        <translation>Perguntando a {source} o que há de novo…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Downloading: {done} of {total} files · {got} of {size} · {speed}/s</source>
        <translation>Baixando: {done} de {total} arquivos · {got} de {size} · {speed}/s</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Updating the library…</source>
        <translation>Atualizando a biblioteca…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updating the library: {done} of {total} documents</source>
        <translation>Atualizando a biblioteca: {done} de {total} documentos</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../tipdesk/gui/sync_status.py" line="+94"/>
        <source>Updating the library; click to see the progress</source>
        <translation>Atualizando a biblioteca; clique para ver o progresso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never updated</source>
        <translation>Nunca atualizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This library has not been updated yet; click to update</source>
        <translation>Esta biblioteca ainda não foi atualizada; clique para atualizar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source out of date</source>
        <translation>Fonte desatualizada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Updated {when}</source>
        <translation>Atualizada {when}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n novo</numerusform>
            <numerusform>%n novos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Library updates: {state}</source>
        <translation>Atualizações da biblioteca: {state}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last updated {when} from {source}.</source>
        <translation>Última atualização: {when} a partir de {source}.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n document(s) new or revised in the last update.</source>
        <translation>
            <numerusform>%n documento novo ou revisado na última atualização.</numerusform>
            <numerusform>%n documentos novos ou revisados na última atualização.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An update was downloaded but not finished; update again.</source>
        <translation>Uma atualização foi baixada mas não terminou; atualize de novo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to update or to see what is new.</source>
        <translation>Clique para atualizar ou ver as novidades.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The publisher&apos;s signature on this library&apos;s updates expired on {date}. Your library still works offline; update it from a newer source when you can.</source>
        <translation>A assinatura do editor nas atualizações desta biblioteca venceu em {date}. Sua biblioteca continua funcionando off-line; atualize-a a partir de uma fonte mais recente quando puder.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <source>Updates available</source>
        <translation>Atualizações disponíveis</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>{source} has {added} new, {updated} revised and {removed} withdrawn documents. Click to update the library.</source>
        <translation>{source} tem {added} documentos novos, {updated} revisados e {removed} retirados. Clique para atualizar a biblioteca.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sharing at {address}</source>
        <translation>Compartilhando em {address}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your library is shared on this network; click to stop</source>
        <translation>Sua biblioteca está compartilhada nesta rede; clique para parar</translation>
    </message>
</context>
<context>
    <name>TocTree</name>
    <message>
        <location filename="../../tipdesk/gui/reader_toc.py" line="+87"/>
        <source>Contents</source>
        <translation>Sumário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections of this document</source>
        <translation>Seções deste documento</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../tipdesk/gui/kiosk_widgets.py" line="+32"/>
        <source>No administrator PIN is configured for this kiosk (see docs/kiosk.md).</source>
        <translation>Nenhum PIN de administrador está configurado para este quiosque (veja docs/kiosk.md).</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>PINs errados demais. Tente de novo em %n segundo.</numerusform>
            <numerusform>PINs errados demais. Tente de novo em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is not the administrator PIN.</source>
        <translation>Esse não é o PIN de administrador.</translation>
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
        <translation>Inglês</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>Espanhol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Francês</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portuguese</source>
        <translation>Português</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Convention</source>
        <translation>Convenção</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declaration</source>
        <translation>Declaração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation</source>
        <translation>Recomendação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Resolução</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work plan</source>
        <translation>Plano de trabalho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guide</source>
        <translation>Guia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training module</source>
        <translation>Módulo de capacitação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case study</source>
        <translation>Estudo de caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist</source>
        <translation>Lista de verificação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glossary</source>
        <translation>Glossário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>Relatório</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Law</source>
        <translation>Lei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prevention</source>
        <translation>Prevenção</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protection</source>
        <translation>Proteção</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prosecution</source>
        <translation>Responsabilização penal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partnership</source>
        <translation>Parcerias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children</source>
        <translation>Crianças</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>Capacitação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooperation</source>
        <translation>Cooperação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Definition</source>
        <translation>Definição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Victim identification</source>
        <translation>Identificação de vítimas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Victim assistance</source>
        <translation>Assistência às vítimas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration</source>
        <translation>Migração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sexual exploitation</source>
        <translation>Exploração sexual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forced labour</source>
        <translation>Trabalho forçado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Human rights</source>
        <translation>Direitos humanos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Gênero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral</source>
        <translation>Encaminhamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrant smuggling</source>
        <translation>Contrabando de migrantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organized crime</source>
        <translation>Crime organizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money laundering</source>
        <translation>Lavagem de dinheiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Provas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vulnerability</source>
        <translation>Vulnerabilidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation>Mulheres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child labour</source>
        <translation>Trabalho infantil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witness protection</source>
        <translation>Proteção de testemunhas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigation</source>
        <translation>Investigação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compensation</source>
        <translation>Indenização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-punishment</source>
        <translation>Não punição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Border control</source>
        <translation>Controle de fronteiras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Consentimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corruption</source>
        <translation>Corrupção</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technology</source>
        <translation>Tecnologia</translation>
    </message>
</context>
<context>
    <name>WhatsNewList</name>
    <message>
        <location filename="../../tipdesk/gui/whats_new.py" line="+68"/>
        <source>New</source>
        <translation>Novo</translation>
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
        <translation>Mudança</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What&apos;s new: documents added or revised by the last sync</source>
        <translation>Novidades: documentos adicionados ou revisados na última sincronização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a document, or press Enter, to open it</source>
        <translation>Clique duas vezes em um documento, ou pressione Enter, para abri-lo</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../tipdesk/gui/window_actions.py" line="+136"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
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
        <translation>&amp;Seminário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import documents…</source>
        <translation>&amp;Importar documentos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a &amp;folder…</source>
        <translation>Importar uma &amp;pasta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>Imp&amp;rimir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as P&amp;DF…</source>
        <translation>Salvar como P&amp;DF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search the library</source>
        <translation>&amp;Pesquisar na biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find in document</source>
        <translation>&amp;Localizar no documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find ne&amp;xt</source>
        <translation>Localizar pró&amp;xima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find pre&amp;vious</source>
        <translation>Localizar &amp;anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bookmark this section</source>
        <translation>&amp;Marcar esta seção</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a &amp;note…</source>
        <translation>Adicionar a&amp;notação…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Aumentar zoom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Diminuir zoom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Normal size</source>
        <translation>Tamanho &amp;normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Escuro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes and bookmarks panel</source>
        <translation>&amp;Painel de anotações e marcadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the next &amp;pane</source>
        <translation>Ir para o pró&amp;ximo painel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forward</source>
        <translation>&amp;Avançar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next tab</source>
        <translation>Pró&amp;xima aba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous tab</source>
        <translation>Aba a&amp;nterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close tab</source>
        <translation>&amp;Fechar aba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New seminar pack…</source>
        <translation>&amp;Novo pacote de seminário…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add to seminar pack</source>
        <translation>&amp;Adicionar ao pacote de seminário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Present this document</source>
        <translation>A&amp;presentar este documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Seminar packs panel</source>
        <translation>Painel de pacotes de &amp;seminário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About TIPdesk</source>
        <translation>&amp;Sobre o TIPdesk</translation>
    </message>
</context>
<context>
    <name>tipdesk</name>
    <message>
        <location filename="core_messages.py" line="+8"/>
        <source>The library database could not be written: {detail}</source>
        <translation>Não foi possível gravar no banco de dados da biblioteca: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is full: free some space and try again. Nothing in the library was lost.</source>
        <translation>O disco está cheio: libere espaço e tente de novo. Nada da biblioteca foi perdido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library folder is read-only: {path}</source>
        <translation>A pasta da biblioteca é somente leitura: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: the file is empty</source>
        <translation>{file}: o arquivo está vazio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: the file is too large ({mb} MB; the limit is {limit} MB)</source>
        <translation>{file}: o arquivo é grande demais ({mb} MB; o limite é {limit} MB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: this is not a text file</source>
        <translation>{file}: não é um arquivo de texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: the page has no text</source>
        <translation>{file}: a página não tem texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: the PDF has no text that can be searched (it may be a scanned image)</source>
        <translation>{file}: o PDF não tem texto pesquisável (pode ser uma imagem digitalizada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: the PDF is protected by a password</source>
        <translation>{file}: o PDF está protegido por senha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: the PDF is damaged and cannot be read</source>
        <translation>{file}: o PDF está danificado e não pode ser lido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: the front matter is not closed with a line &apos;---&apos;</source>
        <translation>{file}: o cabeçalho de metadados não termina com uma linha &apos;---&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: the front matter must be a list of &apos;field: value&apos; lines</source>
        <translation>{file}: o cabeçalho de metadados deve ser uma lista de linhas &apos;campo: valor&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: &apos;{field}&apos; must be a list of words</source>
        <translation>{file}: &apos;{field}&apos; deve ser uma lista de palavras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: missing field(s) in the front matter: {fields}</source>
        <translation>{file}: faltam campos no cabeçalho de metadados: {fields}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: the id &apos;{id}&apos; may only use lower case letters, digits and &apos;-&apos;</source>
        <translation>{file}: o identificador &apos;{id}&apos; só pode usar letras minúsculas, dígitos e &apos;-&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: unknown language &apos;{language}&apos; (use en, es, fr or pt)</source>
        <translation>{file}: idioma desconhecido &apos;{language}&apos; (use en, es, fr ou pt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: unknown kind &apos;{kind}&apos;</source>
        <translation>{file}: tipo desconhecido &apos;{kind}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: &apos;published&apos; must be a date like 2000-11-15, 2000-11 or 2000</source>
        <translation>{file}: &apos;published&apos; deve ser uma data como 2000-11-15, 2000-11 ou 2000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: &apos;source_url&apos; must be a web address (https://…)</source>
        <translation>{file}: &apos;source_url&apos; deve ser um endereço da web (https://…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: not an ISO country code: {codes}</source>
        <translation>{file}: não é um código de país ISO: {codes}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: the front matter is not valid YAML{where}</source>
        <translation>{file}: o cabeçalho de metadados não é YAML válido{where}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: the id &apos;{id}&apos; is already used by another document</source>
        <translation>{file}: o identificador &apos;{id}&apos; já é usado por outro documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: could not be copied into the library ({reason})</source>
        <translation>{file}: não foi possível copiá-lo para a biblioteca ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kiosk configuration {file} cannot be used: {problem}</source>
        <translation>Não é possível usar a configuração de quiosque {file}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PIN must have {min} to {max} characters, without spaces at the ends.</source>
        <translation>O PIN deve ter de {min} a {max} caracteres, sem espaços no início ou no fim.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library in {path} is in use by another TIPdesk window or command.</source>
        <translation>A biblioteca em {path} está sendo usada por outra janela ou comando do TIPdesk.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Rebuilding the search index…</source>
        <translation>Reconstruindo o índice de busca…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This seminar pack no longer exists.</source>
        <translation>Este pacote de seminário não existe mais.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack refers to documents that are no longer in the library: {ids}. Remove them from the pack first.</source>
        <translation>O pacote faz referência a documentos que não estão mais na biblioteca: {ids}. Remova-os do pacote primeiro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack could not be written to {path}: {reason}</source>
        <translation>Não foi possível gravar o pacote em {path}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was refused: the document &apos;{id}&apos; does not match the manifest. Nothing was imported.</source>
        <translation>{file} foi recusado: o documento &apos;{id}&apos; não corresponde ao manifesto. Nada foi importado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was refused: the document &apos;{id}&apos; cannot be read ({reason}). Nothing was imported.</source>
        <translation>{file} foi recusado: não é possível ler o documento &apos;{id}&apos; ({reason}). Nada foi importado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was refused: its manifest is wrong ({problem}). Nothing was imported.</source>
        <translation>{file} foi recusado: o manifesto está errado ({problem}). Nada foi importado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was made by a newer TIPdesk (pack format {version}); update TIPdesk to open it. Nothing was imported.</source>
        <translation>{file} foi criado por uma versão mais nova do TIPdesk (formato de pacote {version}); atualize o TIPdesk para abri-lo. Nada foi importado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was refused: the entry &apos;{entry}&apos; is not part of a seminar pack. Nothing was imported.</source>
        <translation>{file} foi recusado: a entrada &apos;{entry}&apos; não faz parte de um pacote de seminário. Nada foi importado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was refused: the manifest names &apos;{entry}&apos;, which is not in the pack. Nothing was imported.</source>
        <translation>{file} foi recusado: o manifesto cita &apos;{entry}&apos;, que não está no pacote. Nada foi importado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was refused: &apos;{id}&apos; is not a valid document id. Nothing was imported.</source>
        <translation>{file} foi recusado: &apos;{id}&apos; não é um identificador de documento válido. Nada foi importado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was refused: the pack refers to &apos;{id}&apos;, which it does not contain. Nothing was imported.</source>
        <translation>{file} foi recusado: o pacote faz referência a &apos;{id}&apos;, que ele não contém. Nada foi importado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A seminar pack needs a name.</source>
        <translation>Um pacote de seminário precisa de um nome.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The planned time must be between 0 and {max} minutes.</source>
        <translation>O tempo previsto deve ficar entre 0 e {max} minutos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a document to add to the pack.</source>
        <translation>Escolha um documento para adicionar ao pacote.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This item is no longer in the pack.</source>
        <translation>Este item não está mais no pacote.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack changed; reload it.</source>
        <translation>O pacote mudou; carregue-o de novo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was refused: it holds too many files ({count}; at most {max}). Nothing was imported.</source>
        <translation>{file} foi recusado: contém arquivos demais ({count}; no máximo {max}). Nada foi importado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was refused: it would unpack to more than {max} MB. Nothing was imported.</source>
        <translation>{file} foi recusado: descompactado, ocuparia mais de {max} MB. Nada foi importado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was refused: the entry &apos;{entry}&apos; would be written outside the pack&apos;s folder. Nothing was imported.</source>
        <translation>{file} foi recusado: a entrada &apos;{entry}&apos; seria gravada fora da pasta do pacote. Nada foi importado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was refused: the entry &apos;{entry}&apos; is a link. Nothing was imported.</source>
        <translation>{file} foi recusado: a entrada &apos;{entry}&apos; é um link. Nada foi importado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was refused: the entry &apos;{entry}&apos; is encrypted. Nothing was imported.</source>
        <translation>{file} foi recusado: a entrada &apos;{entry}&apos; está criptografada. Nada foi importado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was refused: the entry &apos;{entry}&apos; is too large or compressed suspiciously much. Nothing was imported.</source>
        <translation>{file} foi recusado: a entrada &apos;{entry}&apos; é grande demais ou está comprimida de forma suspeita. Nada foi importado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was refused: the document &apos;{id}&apos; does not match its checksum; the pack is damaged or was altered. Nothing was imported.</source>
        <translation>{file} foi recusado: o documento &apos;{id}&apos; não corresponde à sua soma de verificação; o pacote está danificado ou foi alterado. Nada foi importado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} cannot be read: {reason}</source>
        <translation>Não é possível ler {file}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is not a TIPdesk seminar pack (it is not a readable zip file). Nothing was imported.</source>
        <translation>{file} não é um pacote de seminário do TIPdesk (não é um arquivo zip legível). Nada foi importado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is not a TIPdesk seminar pack: it has no manifest. Nothing was imported.</source>
        <translation>{file} não é um pacote de seminário do TIPdesk: não tem manifesto. Nada foi importado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was refused: the entry &apos;{entry}&apos; is damaged ({reason}). Nothing was imported.</source>
        <translation>{file} foi recusado: a entrada &apos;{entry}&apos; está danificada ({reason}). Nada foi importado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: no such file</source>
        <translation>{file}: o arquivo não existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: is a folder, not a file</source>
        <translation>{file}: é uma pasta, não um arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: TIPdesk cannot import this kind of file (use .md, .txt, .html or .pdf)</source>
        <translation>{file}: o TIPdesk não consegue importar este tipo de arquivo (use .md, .txt, .html ou .pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: the document has no text</source>
        <translation>{file}: o documento não tem texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: cannot tell the language of the text; give it with --lang en|es|fr|pt</source>
        <translation>{file}: não é possível identificar o idioma do texto; informe-o com --lang en|es|fr|pt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the source {source} has no signed document index; is it a TIPdesk repository?</source>
        <translation>a fonte {source} não tem um índice de documentos assinado; é um repositório do TIPdesk?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the source {source} lists a document the publisher did not sign ({path}); nothing was changed</source>
        <translation>a fonte {source} lista um documento que o editor não assinou ({path}); nada foi alterado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the publisher&apos;s document index cannot be read: {detail}</source>
        <translation>não é possível ler o índice de documentos do editor: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the demo keys must not be inside the repository folder {dir}</source>
        <translation>as chaves de demonstração não podem ficar dentro da pasta do repositório {dir}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dir} is not empty and was not made by publish-demo; choose a new folder</source>
        <translation>{dir} não está vazia e não foi criada por publish-demo; escolha uma pasta nova</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no source could be used: {details}</source>
        <translation>nenhuma fonte pôde ser usada: {details}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the source {source} is out of date (its signature expired on {date}; this computer&apos;s clock says {clock}); your library still works offline</source>
        <translation>a fonte {source} está desatualizada (a assinatura dela venceu em {date}; o relógio deste computador marca {clock}); sua biblioteca continua funcionando off-line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the source {source} holds an older release than this computer already has; nothing was changed (try a newer source)</source>
        <translation>a fonte {source} tem uma versão mais antiga do que a que este computador já tem; nada foi alterado (tente uma fonte mais recente)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the source {source} sent metadata that is not signed by the publisher&apos;s keys ({detail}); nothing was changed</source>
        <translation>a fonte {source} enviou metadados que não foram assinados pelas chaves do editor ({detail}); nada foi alterado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the source {source} sent data that does not match what the publisher signed ({detail}); nothing was changed</source>
        <translation>a fonte {source} enviou dados que não correspondem ao que o editor assinou ({detail}); nada foi alterado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the source {source} sent more data than the publisher signed; nothing was changed</source>
        <translation>a fonte {source} enviou mais dados do que o editor assinou; nada foi alterado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the source {source} is too slow ({detail}); nothing was changed, and the next sync continues where this one stopped</source>
        <translation>a fonte {source} está lenta demais ({detail}); nada foi alterado, e a próxima sincronização continua de onde esta parou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the source {source} did not answer in time (timeout); nothing was changed</source>
        <translation>a fonte {source} não respondeu a tempo (tempo esgotado); nada foi alterado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the source {source} does not have {file} (error {status}); nothing was changed (is it a complete TIPdesk repository?)</source>
        <translation>a fonte {source} não tem {file} (erro {status}); nada foi alterado (é um repositório do TIPdesk completo?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not get data from {source}: {detail}; nothing was changed</source>
        <translation>não foi possível obter dados de {source}: {detail}; nada foi alterado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is full ({detail}); nothing was changed; free some space and sync again (it continues where it stopped)</source>
        <translation>o disco está cheio ({detail}); nada foi alterado; libere espaço e sincronize de novo (a sincronização continua de onde parou)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write the sync files ({file}: {detail}); nothing was changed</source>
        <translation>não é possível gravar os arquivos de sincronização ({file}: {detail}); nada foi alterado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the publisher&apos;s root of trust has expired (this computer&apos;s clock says {clock}); check the clock or install a newer TIPdesk; your library still works offline</source>
        <translation>a raiz de confiança do editor venceu (o relógio deste computador marca {clock}); confira o relógio ou instale uma versão mais recente do TIPdesk; sua biblioteca continua funcionando off-line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dir} has nothing published yet; run &apos;tipdesk publish&apos; first</source>
        <translation>{dir} ainda não tem nada publicado; execute &apos;tipdesk publish&apos; primeiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown role &apos;{role}&apos;; choose root, targets, snapshot or timestamp</source>
        <translation>função desconhecida &apos;{role}&apos;; escolha root, targets, snapshot ou timestamp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is missing or damaged; create keys with &apos;tipdesk keys init&apos;</source>
        <translation>{file} está ausente ou danificado; crie chaves com &apos;tipdesk keys init&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the root passphrase must have at least {n} characters</source>
        <translation>a frase secreta da chave raiz deve ter pelo menos {n} caracteres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dir} already holds keys; refusing to overwrite them</source>
        <translation>{dir} já contém chaves; elas não serão sobrescritas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dir} has no {role} key (create one with &apos;tipdesk keys init&apos;)</source>
        <translation>{dir} não tem uma chave {role} (crie uma com &apos;tipdesk keys init&apos;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read the {role} key {file}: {reason}</source>
        <translation>não é possível ler a chave {role} {file}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot open the {role} key {file}: wrong passphrase or damaged file</source>
        <translation>não é possível abrir a chave {role} {file}: frase secreta incorreta ou arquivo danificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read the passphrase file {file}: {reason}</source>
        <translation>não é possível ler o arquivo da frase secreta {file}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the root key needs a passphrase: use --passphrase-file or set {env}</source>
        <translation>a chave raiz precisa de uma frase secreta: use --passphrase-file ou defina {env}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the passphrases do not match</source>
        <translation>as frases secretas não coincidem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dir} is not a folder</source>
        <translation>{dir} não é uma pasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing was published: {count} file(s) cannot be published: {problems}{more}</source>
        <translation>nada foi publicado: {count} arquivo(s) não podem ser publicados: {problems}{more}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} changed while it was being published; publish again</source>
        <translation>{file} mudou enquanto era publicado; publique de novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the {role} key in the key folder ({keyid}…) is not the one this repository&apos;s root (version {version}) trusts; use the key folder that made this repository</source>
        <translation>a chave {role} da pasta de chaves ({keyid}…) não é aquela em que a raiz deste repositório (versão {version}) confia; use a pasta de chaves com que este repositório foi criado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the repository file {file} is not {kind} metadata</source>
        <translation>o arquivo do repositório {file} não contém metadados {kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dir} is not a TIPdesk repository (no metadata/1.root.json)</source>
        <translation>{dir} não é um repositório do TIPdesk (não há metadata/1.root.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the repository file {file} is missing or damaged: {reason}</source>
        <translation>o arquivo do repositório {file} está ausente ou danificado: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dir} already holds a newer release than this computer; sync from it instead</source>
        <translation>{dir} já contém uma versão mais recente do que a deste computador; sincronize a partir dessa pasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is nothing to share yet: sync this library first</source>
        <translation>ainda não há nada para compartilhar: sincronize esta biblioteca primeiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is nothing to export yet: sync this library first</source>
        <translation>ainda não há nada para exportar: sincronize esta biblioteca primeiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write the bundle to {dir}: {reason}</source>
        <translation>não é possível gravar a cópia de atualização em {dir}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no sync source is configured; give one with --from (a web address or a folder such as a USB stick)</source>
        <translation>nenhuma fonte de sincronização está configurada; indique uma com --from (um endereço da web ou uma pasta, como um pen drive)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is not a TUF root metadata file</source>
        <translation>{file} não é um arquivo de metadados raiz do TUF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this copy of TIPdesk has no publisher trust root yet; give the publisher&apos;s root file with --trust ROOT_JSON</source>
        <translation>esta cópia do TIPdesk ainda não tem a raiz de confiança do editor; indique o arquivo raiz do editor com --trust ROOT_JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read the trust root {file}: {reason}</source>
        <translation>não é possível ler a raiz de confiança {file}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{source}&apos; is neither a web address (http, https) nor a folder</source>
        <translation>&apos;{source}&apos; não é um endereço da web (http, https) nem uma pasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another sync is already running for this library; wait for it to finish</source>
        <translation>outra sincronização já está em andamento para esta biblioteca; aguarde até que ela termine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no document with the id &apos;{id}&apos;</source>
        <translation>não há nenhum documento com o identificador &apos;{id}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No seminar pack is called &apos;{pack}&apos;; see &apos;tipdesk pack list&apos;.</source>
        <translation>Nenhum pacote de seminário se chama &apos;{pack}&apos;; veja &apos;tipdesk pack list&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two PINs differ; nothing was written.</source>
        <translation>Os dois PINs são diferentes; nada foi gravado.</translation>
    </message>
</context>
</TS>
