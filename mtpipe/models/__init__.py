"""Model management: hub fetch, conversion to CTranslate2, offline test-model builders.

Submodules import their heavy dependencies (huggingface_hub, transformers, torch)
only when called.
"""

__all__ = ["convert", "hub", "build_test"]
