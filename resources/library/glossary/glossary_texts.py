"""Fixed texts of the generated glossaries, in English, Spanish, French and Portuguese.

Used by ``make_glossary.py``; the terms themselves live in ``glossary.json``.
"""

from __future__ import annotations

from dataclasses import dataclass

SOURCE_URL = "http://www.oas.org/CSH/english/fightingtraffikinginpersons.asp"


@dataclass(frozen=True)
class Theme:
    """A section of the glossary; ``key`` gives the anchor ``theme-<key>`` in every language."""

    key: str
    titles: dict[str, str]
    intros: dict[str, str]


THEMES: tuple[Theme, ...] = (
    Theme(
        "core",
        {
            "en": "Core concepts",
            "es": "Conceptos básicos",
            "fr": "Notions de base",
            "pt": "Conceitos básicos",
        },
        {
            "en": "The crimes, the people involved and the basic ideas behind the definition.",
            "es": "Los delitos, las personas involucradas y las ideas básicas de la definición.",
            "fr": (
                "Les infractions, les personnes concernées et les idées de base de la définition."
            ),
            "pt": "Os crimes, as pessoas envolvidas e as ideias básicas da definição.",
        },
    ),
    Theme(
        "act",
        {
            "en": "The act: what traffickers do",
            "es": "La acción: qué hacen los tratantes",
            "fr": "L'acte : ce que font les trafiquants",
            "pt": "A ação: o que fazem os traficantes",
        },
        {
            "en": "The five acts listed in the first element of the definition.",
            "es": "Las cinco acciones del primer elemento de la definición.",
            "fr": "Les cinq actes du premier élément de la définition.",
            "pt": "As cinco ações do primeiro elemento da definição.",
        },
    ),
    Theme(
        "means",
        {
            "en": "The means: how victims are controlled",
            "es": "Los medios: cómo se controla a las víctimas",
            "fr": "Les moyens : comment les victimes sont contrôlées",
            "pt": "Os meios: como as vítimas são controladas",
        },
        {
            "en": "The means of the second element. For children, no means is needed.",
            "es": (
                "Los medios del segundo elemento. Si la víctima es menor de edad, no hace falta "
                "ningún medio."
            ),
            "fr": "Les moyens du deuxième élément. Pour un enfant, aucun moyen n'est requis.",
            "pt": (
                "Os meios do segundo elemento. Quando a vítima é criança ou adolescente, nenhum "
                "meio é exigido."
            ),
        },
    ),
    Theme(
        "exploitation",
        {
            "en": "Forms of exploitation",
            "es": "Formas de explotación",
            "fr": "Formes d'exploitation",
            "pt": "Formas de exploração",
        },
        {
            "en": (
                "The purpose element: the forms named in the Protocol and others seen in the "
                "Americas."
            ),
            "es": (
                "El elemento del fin: las formas que nombra el Protocolo y otras que se observan "
                "en las Américas."
            ),
            "fr": (
                "L'élément du but : les formes citées par le Protocole et d'autres observées dans "
                "les Amériques."
            ),
            "pt": (
                "O elemento da finalidade: as formas citadas no Protocolo e outras observadas nas "
                "Américas."
            ),
        },
    ),
    Theme(
        "indicators",
        {
            "en": "ILO indicators of forced labour",
            "es": "Indicadores de trabajo forzoso de la OIT",
            "fr": "Indicateurs du travail forcé de l'OIT",
            "pt": "Indicadores de trabalho forçado da OIT",
        },
        {
            "en": (
                "Signs that help first responders recognise forced labour. Abuse of vulnerability "
                "and deception, also ILO indicators, are listed under the means."
            ),
            "es": (
                "Señales que ayudan al personal de primera respuesta a reconocer el trabajo "
                "forzoso. El abuso de vulnerabilidad y el engaño, también indicadores de la OIT, "
                "figuran en los medios."
            ),
            "fr": (
                "Signes qui aident les premiers intervenants à reconnaître le travail forcé. "
                "L'abus de vulnérabilité et la tromperie, aussi indicateurs de l'OIT, figurent "
                "parmi les moyens."
            ),
            "pt": (
                "Sinais que ajudam os profissionais de primeiro atendimento a reconhecer o "
                "trabalho forçado. O abuso de vulnerabilidade e o engano, também indicadores da "
                "OIT, estão entre os meios."
            ),
        },
    ),
    Theme(
        "protection",
        {
            "en": "Victim identification and protection",
            "es": "Identificación y protección de víctimas",
            "fr": "Identification et protection des victimes",
            "pt": "Identificação e proteção das vítimas",
        },
        {
            "en": (
                "Terms used by police, social services, shelters and immigration staff when they "
                "meet a possible victim."
            ),
            "es": (
                "Términos que usan la policía, los servicios sociales, los albergues y migración "
                "al encontrar a una posible víctima."
            ),
            "fr": (
                "Termes employés par la police, les services sociaux, les foyers et les services "
                "d'immigration face à une victime potentielle."
            ),
            "pt": (
                "Termos usados pela polícia, pelos serviços sociais, pelos abrigos e pela "
                "imigração diante de uma possível vítima."
            ),
        },
    ),
    Theme(
        "justice",
        {
            "en": "Criminal justice and international cooperation",
            "es": "Justicia penal y cooperación internacional",
            "fr": "Justice pénale et coopération internationale",
            "pt": "Justiça criminal e cooperação internacional",
        },
        {
            "en": (
                "Investigation, prosecution, financial investigation and cooperation between "
                "States."
            ),
            "es": (
                "Investigación, persecución penal, investigación financiera y cooperación entre "
                "Estados."
            ),
            "fr": "Enquête, poursuites, enquête financière et coopération entre États.",
            "pt": (
                "Investigação, persecução penal, investigação financeira e cooperação entre "
                "Estados."
            ),
        },
    ),
    Theme(
        "prevention",
        {
            "en": "Prevention and partnership",
            "es": "Prevención y cooperación",
            "fr": "Prévention et partenariat",
            "pt": "Prevenção e parceria",
        },
        {
            "en": (
                "Policy terms: the pillars of the response, causes, demand, recruitment and "
                "mobility."
            ),
            "es": (
                "Términos de política pública: los pilares de la respuesta, las causas, la "
                "demanda, la contratación y la movilidad."
            ),
            "fr": (
                "Termes de politique publique : les piliers de la réponse, les causes, la demande,"
                " le recrutement et la mobilité."
            ),
            "pt": (
                "Termos de política pública: os pilares da resposta, as causas, a demanda, o "
                "recrutamento e a mobilidade."
            ),
        },
    ),
    Theme(
        "institutions",
        {
            "en": "Institutions and instruments",
            "es": "Instituciones e instrumentos",
            "fr": "Institutions et instruments",
            "pt": "Instituições e instrumentos",
        },
        {
            "en": (
                "Official names and acronyms of the bodies and treaties most cited in the Americas."
            ),
            "es": (
                "Nombres oficiales y siglas de los organismos y tratados más citados en las "
                "Américas."
            ),
            "fr": (
                "Noms officiels et sigles des organismes et traités les plus cités dans les "
                "Amériques."
            ),
            "pt": "Nomes oficiais e siglas dos organismos e tratados mais citados nas Américas.",
        },
    ),
)

LANGUAGE_NAMES: dict[str, dict[str, str]] = {
    "en": {
        "en": "English",
        "es": "Spanish",
        "fr": "French",
        "pt": "Portuguese",
    },
    "es": {
        "en": "inglés",
        "es": "español",
        "fr": "francés",
        "pt": "portugués",
    },
    "fr": {
        "en": "anglais",
        "es": "espagnol",
        "fr": "français",
        "pt": "portugais",
    },
    "pt": {
        "en": "inglês",
        "es": "espanhol",
        "fr": "francês",
        "pt": "português",
    },
}

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "also": "Also",
        "definition": "Definition",
        "false_friend": "False friend",
        "in_english": "",
        "colon": ":",
        "about_title": "How to use this glossary",
        "false_friends_title": "False friends at a glance",
        "false_friends_intro": (
            "Words that look alike across languages but mean different things. The language in "
            "brackets is where the trap lies."
        ),
    },
    "es": {
        "also": "También",
        "definition": "Definición",
        "false_friend": "Falso amigo",
        "in_english": "",
        "colon": ":",
        "about_title": "Cómo usar este glosario",
        "false_friends_title": "Falsos amigos de un vistazo",
        "false_friends_intro": (
            "Palabras que se parecen de un idioma a otro pero significan cosas distintas. El "
            "idioma indicado es aquel en que está la trampa."
        ),
    },
    "fr": {
        "also": "Aussi",
        "definition": "Définition (en anglais)",
        "false_friend": "Faux ami",
        "in_english": "(note en anglais)",
        "colon": " :",
        "about_title": "Mode d'emploi du glossaire",
        "false_friends_title": "Les faux amis en bref",
        "false_friends_intro": (
            "Mots qui se ressemblent d'une langue à l'autre mais n'ont pas le même sens. La langue"
            " indiquée est celle où se trouve le piège."
        ),
    },
    "pt": {
        "also": "Também",
        "definition": "Definição (em inglês)",
        "false_friend": "Falso cognato",
        "in_english": "(nota em inglês)",
        "colon": ":",
        "about_title": "Como usar este glossário",
        "false_friends_title": "Falsos cognatos em resumo",
        "false_friends_intro": (
            "Palavras parecidas entre idiomas, mas com sentidos diferentes. O idioma indicado é "
            "aquele em que está a armadilha."
        ),
    },
}

FRONT_MATTER: dict[str, dict[str, str]] = {
    "en": {
        "title": "Multilingual glossary on trafficking in persons",
        "summary": (
            "Terms used in anti-trafficking work, with their Spanish, French and Portuguese "
            "equivalents, a short definition and warnings about false friends."
        ),
    },
    "es": {
        "title": "Glosario multilingüe sobre trata de personas",
        "summary": (
            "Términos del trabajo contra la trata con sus equivalentes en inglés, francés y "
            "portugués, una definición breve y advertencias sobre falsos amigos."
        ),
    },
    "fr": {
        "title": "Glossaire multilingue sur la traite des personnes",
        "summary": (
            "Termes de la lutte contre la traite avec leurs équivalents en anglais, espagnol et "
            "portugais, une définition en anglais et des mises en garde sur les faux amis."
        ),
    },
    "pt": {
        "title": "Glossário multilíngue sobre tráfico de pessoas",
        "summary": (
            "Termos do enfrentamento ao tráfico de pessoas com seus equivalentes em inglês, "
            "espanhol e francês, uma definição em inglês e alertas sobre falsos cognatos."
        ),
    },
}

INTRO: dict[str, dict[str, list[str]]] = {
    "en": {
        "opening": [
            (
                "This glossary lists the terms used in anti-trafficking work in the Americas in "
                "English, Spanish, French and Portuguese. Each entry gives a short definition in "
                "plain words and warns about false friends, such as Spanish *tráfico* (smuggling) "
                "and Portuguese *tráfico de pessoas* (trafficking)."
            ),
        ],
        "about": [
            (
                "Terms are grouped by theme and listed alphabetically within each theme. Each "
                "entry gives the preferred term first, then other accepted forms, then the "
                "equivalents in the other three languages, preferred form first. The terms follow "
                "the Trafficking in Persons Protocol and common UN and OAS usage; some equivalents"
                " reflect current practice rather than an official text, so check the official "
                "instrument and your national law before using a term in a legal document."
            ),
            "",
            (
                "The glossary is generated from the file `glossary/glossary.json`, which TIPdesk "
                "also uses to match search terms across languages."
            ),
        ],
    },
    "es": {
        "opening": [
            (
                "Este glosario reúne los términos del trabajo contra la trata en las Américas en "
                "español, inglés, francés y portugués. Cada entrada ofrece una definición breve en"
                " lenguaje sencillo y advierte sobre los falsos amigos, como *tráfico* en español "
                "(tráfico ilícito de migrantes) y *tráfico de pessoas* en portugués (trata de "
                "personas)."
            ),
        ],
        "about": [
            (
                "Los términos se agrupan por tema y se ordenan alfabéticamente dentro de cada "
                "tema. Cada entrada da primero el término preferido, luego otras formas aceptadas "
                "y después los equivalentes en los otros tres idiomas, con la forma preferida en "
                "primer lugar. Los términos siguen el Protocolo contra la trata de personas y el "
                "uso habitual de la ONU y la OEA; algunos equivalentes reflejan la práctica actual"
                " y no un texto oficial, por lo que conviene revisar el instrumento oficial y la "
                "ley nacional antes de usarlos en un documento jurídico."
            ),
            "",
            (
                "El glosario se genera a partir del archivo `glossary/glossary.json`, que TIPdesk "
                "también usa para relacionar los términos de búsqueda entre idiomas."
            ),
        ],
    },
    "fr": {
        "opening": [
            (
                "Ce glossaire rassemble les termes de la lutte contre la traite dans les Amériques"
                " en français, anglais, espagnol et portugais. Chaque entrée donne une définition "
                "courte (en anglais) et signale les faux amis, comme l'espagnol *tráfico* (trafic "
                "illicite de migrants) et le portugais *tráfico de pessoas* (traite des "
                "personnes)."
            ),
        ],
        "about": [
            (
                "Les termes sont regroupés par thème et classés par ordre alphabétique dans chaque"
                " thème. Chaque entrée donne d'abord le terme privilégié, puis les autres formes "
                "admises, puis les équivalents dans les trois autres langues, forme privilégiée en"
                " tête. Les termes suivent le Protocole relatif à la traite des personnes et "
                "l'usage courant de l'ONU et de l'OEA ; certains équivalents reflètent la pratique"
                " plutôt qu'un texte officiel : vérifiez l'instrument officiel et votre droit "
                "national avant de les employer dans un document juridique."
            ),
            "",
            (
                "Les définitions sont données en anglais ; les notes sur les faux amis sont en "
                "français. Le glossaire est produit à partir du fichier `glossary/glossary.json`, "
                "que TIPdesk utilise aussi pour relier les termes de recherche d'une langue à "
                "l'autre."
            ),
        ],
    },
    "pt": {
        "opening": [
            (
                "Este glossário reúne os termos do enfrentamento ao tráfico de pessoas nas "
                "Américas em português, inglês, espanhol e francês. Cada verbete traz uma "
                "definição curta (em inglês) e alerta para os falsos cognatos, como o espanhol "
                "*tráfico* (contrabando de migrantes) e o português *tráfico de pessoas* (em "
                "espanhol, *trata de personas*)."
            ),
        ],
        "about": [
            (
                "Os termos estão agrupados por tema e em ordem alfabética dentro de cada tema. "
                "Cada verbete traz primeiro o termo preferido, depois outras formas aceitas e, por"
                " fim, os equivalentes nos outros três idiomas, com a forma preferida em primeiro "
                "lugar. Os termos seguem o Protocolo relativo ao tráfico de pessoas e o uso "
                "corrente da ONU e da OEA; alguns equivalentes refletem a prática e não um texto "
                "oficial, por isso confira o instrumento oficial e a lei nacional antes de usá-los"
                " em um documento jurídico."
            ),
            "",
            (
                "As definições estão em inglês; as notas sobre falsos cognatos estão em português."
                " O glossário é gerado a partir do arquivo `glossary/glossary.json`, que o TIPdesk"
                " também usa para relacionar os termos de busca entre idiomas."
            ),
        ],
    },
}
