"""The architecture checklist of issue 16 (benchmarks/README.md, "Architecture checklist"), as far as a
test can hold it: an errors leaf that defines every exception, every stage in the module named after it,
a crude "one job a class" size guard, no import cycle through the orchestration, no module over ~400 lines,
one Han test, one language list, CLI defaults from the options dataclasses."""

from __future__ import annotations

import ast
import builtins
import io
import re
import tokenize
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PKG = REPO / "mtpipe"


def _modules() -> dict[str, Path]:
    out = {}
    for p in sorted(PKG.rglob("*.py")):
        parts = list(p.relative_to(REPO).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = p
    return out


def _imports(name: str, path: Path, mods: dict[str, Path]) -> set[str]:
    """Every mtpipe module ``name`` imports, at the top or inside a function."""
    out = set()
    pkg = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    for n in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(n, ast.ImportFrom):
            base = ".".join(pkg[:len(pkg) - (n.level - 1)] + ([n.module] if n.module else [])) if n.level \
                else (n.module or "")
            for cand in [base] + [f"{base}.{a.name}" for a in n.names]:
                if cand in mods and cand != name:
                    out.add(cand)
        elif isinstance(n, ast.Import):
            out.update(a.name for a in n.names if a.name in mods and a.name != name)
    return out


def _cycles(graph: dict[str, set[str]]) -> list[set[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[set[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = set()
            while True:
                w = stack.pop()
                on.discard(w)
                comp.add(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(comp)

    for v in graph:
        if v not in index:
            visit(v)
    return found


def test_no_import_cycle_through_the_runner_the_executors_or_the_engines():
    mods = _modules()
    graph = {m: _imports(m, p, mods) for m, p in mods.items()}
    core = re.compile(r"mtpipe\.(runner|pipeline|options|model_check|routing|term_probes|signature|errors|"
                      r"engines(\..*)?|executors(\..*)?|stages(\..*)?|resume|state|models\.needs)$")
    bad = [sorted(c) for c in _cycles(graph) if any(core.match(m) for m in c)]
    assert bad == []


def test_the_cycle_check_sees_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [{"a", "b", "c"}]


def test_errors_is_a_leaf():
    mods = _modules()
    assert _imports("mtpipe.errors", mods["mtpipe.errors"], mods) == set()


#: Where each domain error used to be defined: it is still importable from there, as the same class.
ERROR_HOMES = {
    "LockError": "mtpipe.lock", "InvariantError": "mtpipe.document", "PipelineError": "mtpipe.stages",
    "IngestError": "mtpipe.ingest_options", "InputError": "mtpipe.inputs", "RuleError": "mtpipe.clean.rules",
    "GlossaryError": "mtpipe.glossary.model", "FetchError": "mtpipe.models.hub_files",
    "EvalError": "mtpipe.evaluate", "UnsafePathError": "mtpipe.safety", "DocumentOvertime": "mtpipe.doc_limits",
}
_BUILTIN_EXCEPTIONS = {n for n in dir(builtins) if isinstance(getattr(builtins, n), type)
                       and issubclass(getattr(builtins, n), BaseException)}


def _exception_classes(sources: dict[str, str]) -> dict[str, list[str]]:
    """Module -> the exception classes it defines: a class whose base is a built-in exception, a class
    already found (by name, anywhere), or a name that reads as one (``...Error``, ``...Exception``:
    a third-party base such as ``click.ClickException``)."""
    classes = {m: [n for n in ast.walk(ast.parse(src)) if isinstance(n, ast.ClassDef)] for m, src in sources.items()}
    known = set(_BUILTIN_EXCEPTIONS)
    found: dict[str, list[str]] = {}
    changed = True
    while changed:
        changed = False
        for m, nodes in classes.items():
            for c in nodes:
                bases = {ast.unparse(b).rsplit(".", 1)[-1] for b in c.bases}
                if c.name not in found.get(m, []) and (bases & known or any(b.endswith(("Error", "Exception"))
                                                                             for b in bases)):
                    found.setdefault(m, []).append(c.name)
                    known.add(c.name)
                    changed = True
    return found


def test_every_exception_is_defined_in_errors():
    mods = _modules()
    sources = {m: p.read_text(encoding="utf-8") for m, p in mods.items()}
    elsewhere = {m: names for m, names in _exception_classes(sources).items() if m != "mtpipe.errors"}
    # A private signal (``_Unsure``: the fast YAML reader hands the file to ruamel) may stay where it is
    # raised and caught, as long as no other module names it: it is control flow, not an error anyone sees.
    public = {m: [n for n in names if not n.startswith("_")] for m, names in elsewhere.items()}
    assert {m: n for m, n in public.items() if n} == {}
    for m, names in elsewhere.items():
        for n in names:
            users = [o for o, src in sources.items() if o != m and re.search(rf"\b{n}\b", src)]
            assert users == [], f"{m}.{n} is private but {users} use it: move it to mtpipe/errors.py"


def test_the_exception_check_sees_an_exception():
    found = _exception_classes({
        "a": "class A(ValueError): pass\nclass Plain: pass\n",
        "b": "from a import A\nclass B(A): pass\nclass C(B): pass\n",
        "c": "import click\nclass D(click.ClickException): pass\nclass E(KeyboardInterrupt): pass\n",
    })
    assert found == {"a": ["A"], "b": ["B", "C"], "c": ["D", "E"]}


def test_the_old_homes_of_the_errors_export_the_same_classes():
    import importlib

    from mtpipe import errors

    for name, home in ERROR_HOMES.items():
        assert getattr(importlib.import_module(home), name) is getattr(errors, name)
        assert name in errors.__all__
    assert issubclass(errors.DocumentOvertime, BaseException) and not issubclass(errors.DocumentOvertime, Exception)


def test_no_module_over_about_400_lines():
    long = {str(p.relative_to(REPO)): n for p in PKG.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400}
    assert long == {}


def _named_after(stage: str, module: str) -> bool:
    """The module (or package) a stage class is defined in is named after the stage: ``clean`` in
    ``mtpipe.clean``, ``protect`` in ``mtpipe.glossary.protect``, ``auto_names`` in ``mtpipe.autonames``,
    ``limits`` in ``mtpipe.doc_limits``."""
    last = module.rsplit(".", 1)[-1]
    return last.replace("_", "") == stage.replace("_", "") or last.endswith("_" + stage)


def test_every_stage_lives_in_the_module_named_after_it(tmp_path):
    from mtpipe.config import load_config
    from mtpipe.glossary import Protect, load_glossaries
    from mtpipe.options import TranslateOptions
    from mtpipe.stages.build import build_pipeline
    from mtpipe.stages.write import Write

    class Counter:  # what the factory asks of an engine to build the front and the back (no model)
        def max_tokens(self, src: str, tgt: str) -> int:
            return 256

        def count_tokens(self, text: str, src: str, tgt: str) -> int:
            return len(text.split())

    options = TranslateOptions(auto_names=True, cache_dir=str(tmp_path))
    pipeline = build_pipeline(options, load_config(None), protector=Protect(load_glossaries((str(REPO / "glossaries"),))),
                              engine=Counter())
    placed = {st.name: type(st).__module__ for st in pipeline.stages} | {Write.name: Write.__module__}
    assert set(placed) >= {"limits", "clean", "segment", "protect", "auto_names", "translate", "verify", "flag", "write"}
    assert {name: module for name, module in placed.items() if not _named_after(name, module)} == {}


def test_the_stage_module_check_sees_a_stage_elsewhere():
    assert _named_after("clean", "mtpipe.clean") and _named_after("limits", "mtpipe.doc_limits")
    assert not _named_after("clean", "mtpipe.clean.marks") and not _named_after("flag", "mtpipe.stages.verify")


#: The crude "one job a class" guard (benchmarks/README.md, "Architecture checklist"): no class over this
#: many lines of code (docstrings, comments and blank lines not counted) or this many public methods.
#: Before the splits of round 4, ``Cleaner`` had 275 lines of code and ``RayTranslatorPool`` 200.
MAX_CLASS_CODE_LINES = 150
MAX_PUBLIC_METHODS = 12


def _class_sizes(src: str) -> dict[str, tuple[int, int]]:
    """Class name -> (lines of code, public methods)."""
    tree = ast.parse(src)
    code = set()
    for t in tokenize.generate_tokens(io.StringIO(src).readline):
        if t.type not in (tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT,
                          tokenize.ENDMARKER, tokenize.STRING):  # strings: below, docstrings left out
            code.update(range(t.start[0], t.end[0] + 1))
    docs = set()
    for n in ast.walk(tree):
        if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and n.body \
                and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant) \
                and isinstance(n.body[0].value.value, str):
            docs.update(range(n.body[0].lineno, n.body[0].end_lineno + 1))
    for n in ast.walk(tree):
        if (isinstance(n, ast.JoinedStr) or isinstance(n, ast.Constant) and isinstance(n.value, str)) \
                and n.lineno not in docs:
            code.update(range(n.lineno, n.end_lineno + 1))
    out = {}
    for n in ast.walk(tree):
        if isinstance(n, ast.ClassDef):
            lines = sum(1 for k in range(n.lineno, n.end_lineno + 1) if k in code)
            public = sum(1 for m in n.body if isinstance(m, (ast.FunctionDef, ast.AsyncFunctionDef))
                         and not m.name.startswith("_"))
            out[n.name] = (lines, public)
    return out


def test_no_class_over_the_one_job_guard():
    big = {f"{p.relative_to(REPO)}:{name}": size for p in PKG.rglob("*.py")
           for name, size in _class_sizes(p.read_text(encoding="utf-8")).items()
           if size[0] > MAX_CLASS_CODE_LINES or size[1] > MAX_PUBLIC_METHODS}
    assert big == {}


def test_the_class_size_count():
    src = '''class A:
    """A docstring
    of three lines."""

    x = """a string that is code"""  # a comment

    def f(self):
        # a comment line
        return 1

    def _g(self):
        """Doc."""
        return (2,
                3)
'''
    assert _class_sizes(src) == {"A": (7, 1)}


#: Where a code-point range next to the Han block is another fact than "is this a Chinese character".
HAN_RANGE_ELSEWHERE = {
    "mtpipe/normalize.py": "characters NFC leaves alone (compatibility ideographs are not: they decompose)",
    "mtpipe/translit/hanzi.py": "the pinyin dictionary's main-block characters (its data, not a test of text)",
}


def test_one_han_test():
    pattern = re.compile(r"\\u4e00|\\u3400|\\u9fff|0x4E00|0x9FFF|\\U00020000", re.IGNORECASE)
    found = {str(p.relative_to(REPO)) for p in PKG.rglob("*.py")
             if p.name != "scripts.py" and pattern.search(p.read_text(encoding="utf-8"))}
    assert found == set(HAN_RANGE_ELSEWHERE)


def test_one_language_list():
    literal = re.compile(r"""\(\s*["']ru["'],\s*["']vi["'],\s*["']en["'],\s*["']zh["']\s*\)|"""
                         r"""\[\s*["']ru["'],\s*["']vi["'],\s*["']en["'],\s*["']zh["']\s*\]""")
    found = [str(p.relative_to(REPO)) for p in PKG.rglob("*.py")
             if p.name != "languages.py" and "models" not in p.parts and literal.search(p.read_text(encoding="utf-8"))]
    assert found == []


def test_glossary_interchange_cli_defaults_are_the_options_defaults():
    from mtpipe.cli.glossary_io import export, import_cmd
    from mtpipe.glossary.interchange import InterchangeOptions

    d = InterchangeOptions()
    for cmd in (export, import_cmd):
        by_name = {p.name: p.default for p in cmd.params}
        assert by_name["source_lang"] == d.source_lang and by_name["target_lang"] == d.target_lang
    assert {p.name: p.default for p in export.params}["langs"] == ",".join(d.langs)
    assert {p.name: p.default for p in import_cmd.params}["kind"] == d.kind


def test_engine_choices_are_the_registered_engines():
    from mtpipe.cli.translate import translate
    from mtpipe.engines import ENGINES

    engine = next(p for p in translate.params if p.name == "engine")
    assert list(engine.type.choices) == list(ENGINES)


def test_eval_cli_defaults_are_the_options_defaults():
    from mtpipe.cli.evaluate import eval_cmd
    from mtpipe.evaluate import EvalOptions

    by_name = {p.name: p.default for p in eval_cmd.params}
    assert by_name["metrics"] == ",".join(EvalOptions().metrics)
    assert by_name["src_lang"] == EvalOptions().src_lang and by_name["tgt_lang"] == EvalOptions().tgt_lang
