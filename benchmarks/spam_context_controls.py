"""The clean control texts the spam context model flags over the cleaner without it (spam30, issue 12 point 3).

Each text alone through ``Cleaner`` with ``SpamRepair(context=True)`` and ``context=False`` (meta lang vi), only the
texts holding a word :func:`mtpipe.clean.spam_context.candidate` admits (no other can change); the controls of
``benchmarks/spam_context.py`` (every langfresh set's sentences, langfresh20 too, Leipzig, UD VTB and TueCL, FLORES,
the held-out Wikipedia sentences of ``--wiki``) and realpages' vi documents (every ``.ann`` part in the tree but the
blind ones, ``CURRENT`` of benchmarks/blind_sets.py). Prints each newly flagged text and the counts (texts, newly flagged) per control.

    PYTHONPATH=$PWD python benchmarks/spam_context_controls.py /tmp/wiki_held_art.txt
"""
import sys, json
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import spam_context as S
import cleaning as CL
from blind_sets import is_current
from mtpipe.clean import Cleaner
from mtpipe.clean.options import CleanOptions
from mtpipe.clean.spam import SpamRepair
from mtpipe.clean.spam_bigrams import load_bigrams
from mtpipe.clean.spam_context import candidate
from mtpipe.clean.spam_shapes import TOKEN
from mtpipe.document import Document
d, c = Cleaner(), Cleaner(CleanOptions(spam=SpamRepair(context=True)))
known = load_bigrams().uni
ctl = S.controls(Path('/work/.mirror'), Path(sys.argv[1]))
texts = {k: [t for p in v for t in p] for k, v in ctl.items()}
texts['realpages_vi_docs'] = [x.raw() for x in CL.load(Path(__file__).resolve().parent / 'data/realpages') if x.lang == 'vi' and not is_current(x.split)]
def n(cl, t):
    return [(e.start, e.end) for e in cl(Document(doc_id='x', path='', raw_text=t, text=t, meta={'lang': 'vi'})).ledger if e.rule.startswith('spam.')]
out = {}
for k, ts in texts.items():
    tot = new = 0
    for t in ts:
        tot += 1
        if not any(candidate(t, m.start(1), m.end(1), known) for m in TOKEN.finditer(t)):
            continue
        a, b = n(d, t), n(c, t)
        if len(b) > len(a):
            new += 1
            extra = [t[x:y] for x, y in b if (x, y) not in a]
            i = t.find(extra[0]) if extra else 0
            print('NEW', k, extra, '|', t[max(0, i-50):i+60].replace('\n', ' '), flush=True)
    out[k] = (tot, new)
print(json.dumps(out))
print('total', sum(v[0] for v in out.values()), 'new', sum(v[1] for v in out.values()))
