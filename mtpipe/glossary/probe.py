"""Which protection strategies a model can carry terms through, checked once per job.

Before a job translates its first segment with terms along a model, mtpipe
translates a fixed set of short news sentences (:data:`PROBE_SENTENCES`, twelve
per source language, each with one or two Chinese names) twice through that
model: once with ``TERMn`` placeholders and once with the target forms written
inline.  A strategy that carries every term of fewer than ``min_rate`` (25%) of
the probe sentences through is dropped from the job's strategy order for that
model and target: a model that never keeps placeholders is not asked to, and
its segments go straight to the strategy that works.  ``pieces`` is never
probed (it puts the terms in itself), and when every probed strategy fails and
``pieces`` is not enabled, the order is kept as it was.

The probe depends only on the model, its settings and these fixed sentences,
never on the documents, so a resumed job decides exactly as the first run did.
The placeholder strategy is probed with the default shape (``TERM1``) first;
when that shape does not carry every probe sentence through, the other shapes of
:data:`mtpipe.placeholders.SHAPES` (``ZX1``, a rare word, ``⟦1⟧``) are tried too,
and the job uses the one that carried the most sentences (the default on a tie),
since models split and copy these shapes differently.

Its result is in ``report.json`` (``term_strategies``).  It costs two model
calls of at most a few dozen sentences per model and target, once per job, and
the result is kept in ``term-probes.json`` in the models cache, keyed by the
model files (path, size, modification time), decoding settings, device,
compute type, languages, strategies and these sentences, so a later job on the
same model reads it instead; ``TranslateOptions.probe_terms = False``
(``--no-term-probe``) turns the probe off.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

from ..document import Segment, Term
from ..placeholders import DEFAULT_SHAPE, SHAPES
from .protect import STRATEGIES, ProtectOptions, translate_segments

__all__ = ["PROBE_SENTENCES", "PROBE_NAMES", "ProbeResult", "probe_segments", "probe_strategies", "PROBED",
           "MIN_RATE", "probe_fingerprint"]

#: Strategies the probe checks (``pieces`` guarantees its terms by construction).
PROBED = ("placeholder", "inline")
#: Smallest share of the probe sentences a strategy must carry through to stay in the order.
MIN_RATE = 0.25

#: name key -> (ru, vi, en, zh); the source form only marks where the term stands.
PROBE_NAMES: dict[str, tuple[str, str, str, str]] = {
    "jilin": ("Гирин", "Cát Lâm", "Jilin", "吉林"),
    "changchun": ("Чанчунь", "Trường Xuân", "Changchun", "长春"),
    "wang_zilian": ("Ван Цзылянь", "Vương Tử Liên", "Wang Zilian", "王子联"),
    "guangdong": ("Гуандун", "Quảng Đông", "Guangdong", "广东"),
    "zhaoqing": ("Чжаоцин", "Triệu Khánh", "Zhaoqing", "肇庆"),
    "jing_junhai": ("Цзин Цзюньхай", "Cảnh Tuấn Hải", "Jing Junhai", "景俊海"),
    "harbin": ("Харбин", "Cáp Nhĩ Tân", "Harbin", "哈尔滨"),
    "dalian": ("Далянь", "Đại Liên", "Dalian", "大连"),
    "ningbo": ("Нинбо", "Ninh Ba", "Ningbo", "宁波"),
    "li_qiang": ("Ли Цян", "Lý Cường", "Li Qiang", "李强"),
    "shanghai": ("Шанхай", "Thượng Hải", "Shanghai", "上海"),
    "shanxi": ("Шаньси", "Sơn Tây", "Shanxi", "山西"),
    "xi_jinping": ("Си Цзиньпин", "Tập Cận Bình", "Xi Jinping", "习近平"),
    "guangzhou": ("Гуанчжоу", "Quảng Châu", "Guangzhou", "广州"),
    "yunnan": ("Юньнань", "Vân Nam", "Yunnan", "云南"),
}
_LANG_COL = {"ru": 0, "vi": 1, "en": 2, "zh": 3}

#: source language -> (template with {0}/{1}, name keys), twelve each
PROBE_SENTENCES: dict[str, list[tuple[str, tuple[str, ...]]]] = {
    "ru": [
        ("Губернатор провинции {0} посетил город {1} в понедельник.", ("jilin", "changchun")),
        ("Секретарь горкома {0} провёл совещание по развитию экономики.", ("wang_zilian",)),
        ("Делегация из провинции {0} прибыла в {1} для переговоров о торговле.", ("guangdong", "zhaoqing")),
        ("{0} заявил, что инвестиции в регион выросли на двенадцать процентов.", ("jing_junhai",)),
        ("Новый автомобильный завод открылся на этой неделе в городе {0}.", ("changchun",)),
        ("Мэр города {0} встретился с представителями компаний из города {1}.", ("harbin", "dalian")),
        ("Порт {0} обработал рекордный объём грузов в этом году.", ("ningbo",)),
        ("По словам премьера {0}, проект будет завершён к концу года.", ("li_qiang",)),
        ("Туристы из города {0} посетили древние храмы провинции {1}.", ("shanghai", "shanxi")),
        ("Председатель {0} подписал соглашение о сотрудничестве.", ("xi_jinping",)),
        ("Выставка в городе {0} собрала более тысячи участников.", ("guangzhou",)),
        ("Правительство провинции {0} объявило о новом плане развития.", ("yunnan",)),
    ],
    "vi": [
        ("Tỉnh trưởng {0} đã đến thăm thành phố {1} vào thứ Hai.", ("jilin", "changchun")),
        ("Bí thư {0} đã chủ trì cuộc họp về phát triển kinh tế.", ("wang_zilian",)),
        ("Đoàn đại biểu tỉnh {0} đã đến {1} để đàm phán thương mại.", ("guangdong", "zhaoqing")),
        ("Ông {0} cho biết đầu tư vào khu vực đã tăng mười hai phần trăm.", ("jing_junhai",)),
        ("Một nhà máy ô tô mới đã khai trương tại {0} trong tuần này.", ("changchun",)),
        ("Thị trưởng thành phố {0} đã gặp đại diện các doanh nghiệp từ {1}.", ("harbin", "dalian")),
        ("Cảng {0} đã xử lý lượng hàng hóa kỷ lục trong năm nay.", ("ningbo",)),
        ("Theo Thủ tướng {0}, dự án sẽ hoàn thành vào cuối năm.", ("li_qiang",)),
        ("Du khách từ {0} đã tham quan các ngôi chùa cổ ở {1}.", ("shanghai", "shanxi")),
        ("Chủ tịch {0} đã ký thỏa thuận hợp tác.", ("xi_jinping",)),
        ("Triển lãm tại {0} thu hút hơn một nghìn người tham gia.", ("guangzhou",)),
        ("Chính quyền tỉnh {0} công bố kế hoạch phát triển mới.", ("yunnan",)),
    ],
    "en": [
        ("The governor of {0} visited {1} on Monday.", ("jilin", "changchun")),
        ("Party secretary {0} chaired a meeting on economic development.", ("wang_zilian",)),
        ("A delegation from {0} arrived in {1} for trade talks.", ("guangdong", "zhaoqing")),
        ("{0} said that investment in the region rose by twelve percent.", ("jing_junhai",)),
        ("A new car factory opened in {0} this week.", ("changchun",)),
        ("The mayor of {0} met business leaders from {1}.", ("harbin", "dalian")),
        ("The port of {0} handled a record volume of cargo this year.", ("ningbo",)),
        ("According to Premier {0}, the project will be finished by the end of the year.", ("li_qiang",)),
        ("Tourists from {0} visited the ancient temples of {1}.", ("shanghai", "shanxi")),
        ("President {0} signed a cooperation agreement.", ("xi_jinping",)),
        ("The exhibition in {0} drew more than a thousand participants.", ("guangzhou",)),
        ("The government of {0} announced a new development plan.", ("yunnan",)),
    ],
    "zh": [
        ("{0}省长周一视察了{1}。", ("jilin", "changchun")),
        ("{0}书记主持召开经济发展会议。", ("wang_zilian",)),
        ("{0}代表团抵达{1}进行贸易谈判。", ("guangdong", "zhaoqing")),
        ("{0}表示，该地区投资增长了百分之十二。", ("jing_junhai",)),
        ("一家新的汽车工厂本周在{0}开业。", ("changchun",)),
        ("{0}市长会见了来自{1}的企业代表。", ("harbin", "dalian")),
        ("{0}港今年货物吞吐量创历史新高。", ("ningbo",)),
        ("据{0}总理介绍，该项目将于年底完工。", ("li_qiang",)),
        ("来自{0}的游客参观了{1}的古寺。", ("shanghai", "shanxi")),
        ("{0}主席签署了合作协议。", ("xi_jinping",)),
        ("{0}展览会吸引了一千多名参与者。", ("guangzhou",)),
        ("{0}政府公布了新的发展规划。", ("yunnan",)),
    ],
}


def probe_segments(langs: Sequence[str]) -> list[Segment]:
    """The probe sentences of ``langs`` as segments with their terms (fresh objects each call)."""
    segs: list[Segment] = []
    for lang in langs:
        col = _LANG_COL[lang]
        for template, keys in PROBE_SENTENCES.get(lang, []):
            text, terms, pos = "", [], 0
            parts = template.split("{")
            text = parts[0]
            for part in parts[1:]:
                k, rest = int(part[0]), part[2:]
                name = PROBE_NAMES[keys[k]]
                terms.append(Term(id=f"probe:{keys[k]}", source=name[col], start=len(text),
                                  end=len(text) + len(name[col]), kind="place", en=name[2], zh=name[3]))
                text += name[col] + rest
            segs.append(Segment(index=len(segs), start=0, end=len(text), source=text, src_lang=lang,
                                terms=sorted(terms, key=lambda t: t.start)))
    return segs


@dataclass
class ProbeResult:
    """What the probe found for one model and target.

    Attributes:
        languages: Source languages whose probe sentences were translated.
        tried: Probe sentences per strategy.
        passed: Sentences whose every term came through, per strategy.
        strategies: The strategy order the job uses from now on.
        configured: The order before the probe.
        seconds: Wall time of the probe's model calls (0 when ``cached``).
        cached: Read from the probe cache of an earlier job on the same model file and settings.
        shape: The placeholder shape the job uses (see :data:`mtpipe.placeholders.SHAPES`).
        shapes: Sentences carried through per placeholder shape tried.
    """

    languages: tuple[str, ...]
    tried: dict[str, int] = field(default_factory=dict)
    passed: dict[str, int] = field(default_factory=dict)
    strategies: tuple[str, ...] = STRATEGIES
    configured: tuple[str, ...] = STRATEGIES
    seconds: float = 0.0
    cached: bool = False
    shape: str = DEFAULT_SHAPE
    shapes: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"languages": list(self.languages),
                "probe": {s: f"{self.passed[s]}/{self.tried[s]}" for s in self.tried},
                "configured": list(self.configured), "strategies": list(self.strategies),
                "seconds": round(self.seconds, 3), "cached": self.cached,
                "shape": self.shape, "shapes": dict(self.shapes)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "ProbeResult":
        """The result :meth:`to_dict` wrote, marked ``cached``."""
        tried, passed = {}, {}
        for s, frac in d["probe"].items():
            p, t = frac.split("/")
            passed[s], tried[s] = int(p), int(t)
        return cls(languages=tuple(d["languages"]), tried=tried, passed=passed, strategies=tuple(d["strategies"]),
                   configured=tuple(d["configured"]), seconds=0.0, cached=True,
                   shape=d.get("shape", DEFAULT_SHAPE), shapes=dict(d.get("shapes", {})))


    def describe(self) -> str:
        """One line for the terminal."""
        got = ", ".join(f"{s} {self.passed[s]}/{self.tried[s]}" for s in self.tried)
        shape = f" (placeholders like {SHAPES[self.shape].make(1)})" if "placeholder" in self.strategies else ""
        return f"probe sentences with every term kept: {got}; strategies used: {', '.join(self.strategies)}{shape}"


def probe_fingerprint() -> str:
    """A hash of the probe's sentences, names and threshold (part of every cache key)."""
    import hashlib
    import json

    shapes = [(s.name, s.template) for s in SHAPES.values()]
    blob = json.dumps([PROBE_NAMES, PROBE_SENTENCES, PROBED, MIN_RATE, shapes], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


def probe_strategies(translate: Callable[[list[str]], list[str]], langs: Sequence[str], tgt: str,
                     strategies: Sequence[str] = STRATEGIES, options: ProtectOptions | None = None,
                     min_rate: float = MIN_RATE) -> ProbeResult:
    """Run the probe and decide the strategy order (see the module docstring).

    Args:
        translate: Batch translation into ``tgt`` through the model under test.
        langs: Source languages to probe with (those without probe sentences are skipped).
        tgt: Target language.
        strategies: The configured order.
        options: Protection options (their ``strategies`` are ignored).
        min_rate: Smallest share of probe sentences a strategy must carry through.

    Returns:
        The :class:`ProbeResult`; ``strategies`` is the configured order when nothing was probed.
    """
    langs = tuple(lang for lang in langs if lang in PROBE_SENTENCES and lang != tgt)
    configured = tuple(strategies)
    result = ProbeResult(languages=langs, strategies=configured, configured=configured)
    if not langs:
        return result
    base = options or ProtectOptions()
    t0 = time.perf_counter()

    def run(strategy: str, shape: str) -> tuple[int, int]:
        segs = probe_segments(langs)
        opts = ProtectOptions(strategies=(strategy,), capitalize_en=base.capitalize_en, tidy_zh=base.tidy_zh,
                              copy_symbol_pieces=base.copy_symbol_pieces, shape=shape)
        translate_segments(segs, langs[0], tgt, translate, opts)
        return len(segs), sum(1 for s in segs if "unverified_term" not in s.flags)

    for strategy in PROBED:
        if strategy not in configured:
            continue
        tried, passed = run(strategy, base.shape)
        if strategy == "placeholder":
            result.shape, result.shapes = base.shape, {base.shape: passed}
            if passed < tried:  # the default shape lost some: another may fare better on this model
                for shape in SHAPES:
                    if shape not in result.shapes:
                        result.shapes[shape] = run(strategy, shape)[1]
                result.shape = max(result.shapes, key=lambda s: (result.shapes[s], s == base.shape))
                passed = result.shapes[result.shape]
        result.tried[strategy] = tried
        result.passed[strategy] = passed
    result.seconds = time.perf_counter() - t0
    keep = tuple(s for s in configured if s not in result.tried or result.passed[s] >= min_rate * result.tried[s])
    if keep:
        result.strategies = keep
    return result
