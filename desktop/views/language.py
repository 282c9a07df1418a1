"""The interface language: the Qt translators of each language, swapped while the application runs.

The application's strings are written in Vietnamese, so Vietnamese needs only
``qtbase_vi`` for Qt's own texts (Có/Không, the file and print dialogs, the
context menus), which Qt does not ship. English needs only ``ansinh_en``: Qt's
own texts are English already.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from desktop import resources
from desktop.i18n import LANGUAGES

CATALOGUES: dict[str, tuple[str, ...]] = {"vi": ("qtbase_vi",), "en": ("ansinh_en",)}
_LOCALES = {"vi": QLocale.Language.Vietnamese, "en": QLocale.Language.English}
_installed: list[QTranslator] = []


def apply_language(language: str) -> list[str]:
    """Put ``language``'s catalogues in place of the ones installed before; returns the names that failed to load.

    Widgets built afterwards read the new language (and its month and day names
    through the default QLocale); widgets already on screen keep their texts.
    """
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    application = QCoreApplication.instance()
    if application is None:
        raise RuntimeError("the application object must exist before its language is set")
    for translator in _installed:
        application.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    QLocale.setDefault(QLocale(_LOCALES[language]))
    missing = []
    for name in CATALOGUES[language]:
        translator = QTranslator(application)
        if translator.load(str(resources.path("translations", f"{name}.qm"))):
            application.installTranslator(translator)
            _installed.append(translator)
        else:
            missing.append(name)
    return missing
