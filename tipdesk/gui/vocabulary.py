"""Human-readable, translated names for the catalogue's codes: languages, kinds, topics, countries.

The catalogue stores short codes (``es``, ``training-module``, ``victim-identification``, ``MX``);
people read names ("Spanish", "Training module", "Victim identification", "Mexico") in the
interface language. Names are marked with ``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` collects
them into the ``Vocabulary`` context; an unknown code still gets a readable name.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from tipdesk.core.i18n import QT_TRANSLATE_NOOP
from tipdesk.core.model import PILLARS

CONTEXT = "Vocabulary"

LANGUAGE_NAMES: dict[str, str] = {
    "en": QT_TRANSLATE_NOOP("Vocabulary", "English"),
    "es": QT_TRANSLATE_NOOP("Vocabulary", "Spanish"),
    "fr": QT_TRANSLATE_NOOP("Vocabulary", "French"),
    "pt": QT_TRANSLATE_NOOP("Vocabulary", "Portuguese"),
}

KIND_NAMES: dict[str, str] = {
    "convention": QT_TRANSLATE_NOOP("Vocabulary", "Convention"),
    "protocol": QT_TRANSLATE_NOOP("Vocabulary", "Protocol"),
    "declaration": QT_TRANSLATE_NOOP("Vocabulary", "Declaration"),
    "recommendation": QT_TRANSLATE_NOOP("Vocabulary", "Recommendation"),
    "resolution": QT_TRANSLATE_NOOP("Vocabulary", "Resolution"),
    "work-plan": QT_TRANSLATE_NOOP("Vocabulary", "Work plan"),
    "guide": QT_TRANSLATE_NOOP("Vocabulary", "Guide"),
    "manual": QT_TRANSLATE_NOOP("Vocabulary", "Manual"),
    "training-module": QT_TRANSLATE_NOOP("Vocabulary", "Training module"),
    "case-study": QT_TRANSLATE_NOOP("Vocabulary", "Case study"),
    "checklist": QT_TRANSLATE_NOOP("Vocabulary", "Checklist"),
    "glossary": QT_TRANSLATE_NOOP("Vocabulary", "Glossary"),
    "report": QT_TRANSLATE_NOOP("Vocabulary", "Report"),
    "law": QT_TRANSLATE_NOOP("Vocabulary", "Law"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other"),
}

TOPIC_NAMES: dict[str, str] = {
    "prevention": QT_TRANSLATE_NOOP("Vocabulary", "Prevention"),
    "protection": QT_TRANSLATE_NOOP("Vocabulary", "Protection"),
    "prosecution": QT_TRANSLATE_NOOP("Vocabulary", "Prosecution"),
    "partnership": QT_TRANSLATE_NOOP("Vocabulary", "Partnership"),
    "children": QT_TRANSLATE_NOOP("Vocabulary", "Children"),
    "training": QT_TRANSLATE_NOOP("Vocabulary", "Training"),
    "cooperation": QT_TRANSLATE_NOOP("Vocabulary", "Cooperation"),
    "definition": QT_TRANSLATE_NOOP("Vocabulary", "Definition"),
    "victim-identification": QT_TRANSLATE_NOOP("Vocabulary", "Victim identification"),
    "victim-assistance": QT_TRANSLATE_NOOP("Vocabulary", "Victim assistance"),
    "migration": QT_TRANSLATE_NOOP("Vocabulary", "Migration"),
    "sexual-exploitation": QT_TRANSLATE_NOOP("Vocabulary", "Sexual exploitation"),
    "forced-labour": QT_TRANSLATE_NOOP("Vocabulary", "Forced labour"),
    "human-rights": QT_TRANSLATE_NOOP("Vocabulary", "Human rights"),
    "gender": QT_TRANSLATE_NOOP("Vocabulary", "Gender"),
    "indicators": QT_TRANSLATE_NOOP("Vocabulary", "Indicators"),
    "referral": QT_TRANSLATE_NOOP("Vocabulary", "Referral"),
    "smuggling": QT_TRANSLATE_NOOP("Vocabulary", "Migrant smuggling"),
    "organized-crime": QT_TRANSLATE_NOOP("Vocabulary", "Organized crime"),
    "money-laundering": QT_TRANSLATE_NOOP("Vocabulary", "Money laundering"),
    "evidence": QT_TRANSLATE_NOOP("Vocabulary", "Evidence"),
    "vulnerability": QT_TRANSLATE_NOOP("Vocabulary", "Vulnerability"),
    "women": QT_TRANSLATE_NOOP("Vocabulary", "Women"),
    "child-labour": QT_TRANSLATE_NOOP("Vocabulary", "Child labour"),
    "witness-protection": QT_TRANSLATE_NOOP("Vocabulary", "Witness protection"),
    "investigation": QT_TRANSLATE_NOOP("Vocabulary", "Investigation"),
    "compensation": QT_TRANSLATE_NOOP("Vocabulary", "Compensation"),
    "non-punishment": QT_TRANSLATE_NOOP("Vocabulary", "Non-punishment"),
    "border-control": QT_TRANSLATE_NOOP("Vocabulary", "Border control"),
    "consent": QT_TRANSLATE_NOOP("Vocabulary", "Consent"),
    "corruption": QT_TRANSLATE_NOOP("Vocabulary", "Corruption"),
    "technology": QT_TRANSLATE_NOOP("Vocabulary", "Technology"),
}


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def humanise(code: str) -> str:
    """``"victim-identification"`` → ``"Victim identification"`` for codes without a name."""
    words = code.replace("_", "-").split("-")
    text = " ".join(w for w in words if w)
    return text[:1].upper() + text[1:]


def language_name(code: str) -> str:
    name = LANGUAGE_NAMES.get(code)
    return _translate(name) if name else code.upper()


def kind_name(code: str) -> str:
    name = KIND_NAMES.get(code)
    return _translate(name) if name else humanise(code)


def topic_name(code: str) -> str:
    name = TOPIC_NAMES.get(code)
    return _translate(name) if name else humanise(code)


def country_name(code: str) -> str:
    """An ISO 3166 code → the country's name (from Qt's locale data; the code if unknown)."""
    territory = QLocale.codeToTerritory(code.upper())
    if territory == QLocale.Country.AnyTerritory:
        return code.upper()
    return _translate(QLocale.territoryToString(territory))


def is_pillar(topic: str) -> bool:
    return topic in PILLARS


def topic_order(topics: list[str]) -> list[str]:
    """The four pillars first (in their usual order), then every other topic by its name."""
    pillars = [p for p in PILLARS if p in topics]
    others = sorted((t for t in topics if t not in PILLARS), key=lambda t: topic_name(t).lower())
    return pillars + others
