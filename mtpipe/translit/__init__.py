"""Transliteration of Chinese names: pinyin, Palladius Cyrillic, Sino-Vietnamese, administrative suffixes.

Nothing is loaded on import; tables load on first use.
"""

from .engine import NameForms, TranslitResult, name_forms, palladius, pinyin_name, sino_vietnamese, transliterate

__all__ = ["NameForms", "TranslitResult", "name_forms", "palladius", "pinyin_name", "sino_vietnamese",
           "transliterate"]
