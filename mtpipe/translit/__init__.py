"""Transliteration of Chinese names: pinyin, Palladius Cyrillic, Sino-Vietnamese."""

from .engine import NameForms, name_forms, palladius, pinyin_name, sino_vietnamese

__all__ = ["NameForms", "name_forms", "palladius", "pinyin_name", "sino_vietnamese"]
