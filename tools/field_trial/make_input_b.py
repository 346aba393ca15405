"""Second field-trial input folder (docs/field-trial-2026-12-01-b.md).

Usage: python tools/field_trial/make_input_b.py PAGES_DIR IN_DIR

PAGES_DIR holds plain-text copies of real pages (the trial's came from the search tool's `pages`
corpus; their URLs are listed in the trial's note, they are not kept in the repository). Built
around them: nested folders, names with spaces, non-ASCII and NFD letters, one file under two names,
a long document (hundreds of paragraphs, real sentences from benchmarks/data/realpages), a folder
of 300 small files (one real line each), the page set again as .md, .htm, and as .json/.jsonl
(formats mtpipe does not claim to read)."""
import json, pathlib, random, re, sys, unicodedata

REPO = pathlib.Path(__file__).resolve().parents[2]
R = REPO / 'benchmarks' / 'data' / 'realpages'
PAGES = pathlib.Path(sys.argv[1])
IN = pathlib.Path(sys.argv[2])
if IN.exists() and any(IN.iterdir()):
    sys.exit(f'{IN} exists and is not empty')
IN.mkdir(parents=True, exist_ok=True)
pages = {p.stem: p.read_text(encoding='utf-8') for p in sorted(PAGES.glob('*.txt'))}


def ann_docs(name):
    docs, cur = [], None
    for line in (R / name).read_text(encoding='utf-8').splitlines():
        m = re.match(r'### doc (\S+) lang=(\S+)', line)
        if m:
            cur = [m.group(1), m.group(2), []]; docs.append(cur); continue
        if cur is None: continue
        if line[:2] in ('+ ', '- ', '= '): line = line[2:]
        cur[2].append(line.replace('‖', ''))
    return docs


# 1. the pages, nested, with odd names
for stem, text in pages.items():
    lang = stem.split('-')[0]
    d = IN / 'news' / lang / '2024 autumn'
    d.mkdir(parents=True, exist_ok=True)
    (d / f'{stem}.txt').write_text(text, encoding='utf-8')
(IN / 'news' / 'ru' / 'Пекин брифинг.txt').write_text(pages['ru-ria'], encoding='utf-8')     # same bytes, 2nd name
nfd = unicodedata.normalize('NFD', 'Bắc Kinh họp báo.txt')
(IN / 'news' / 'vi' / nfd).write_text(pages['vi-vtc'].replace('Cảnh Sảng', 'Cảnh Sảng (NFD)'), encoding='utf-8')
# 2. the same pages as Markdown and .htm
(IN / 'md').mkdir()
(IN / 'md' / 'ru-embassy.md').write_text('# ' + pages['ru-embassy'], encoding='utf-8')
(IN / 'md' / 'vi-ghet.htm').write_text('<html><head><title>t</title></head><body>' + ''.join(
    f'<p>{l}</p>' for l in pages['vi-ghet'].splitlines() if l.strip()) + '</body></html>', encoding='utf-8')
# 3. formats mtpipe does not read
(IN / 'data').mkdir()
(IN / 'data' / 'pages.json').write_text(json.dumps(pages, ensure_ascii=False), encoding='utf-8')
(IN / 'data' / 'pages.jsonl').write_text(''.join(json.dumps({'id': k, 'text': v}, ensure_ascii=False) + '\n'
                                                 for k, v in pages.items()), encoding='utf-8')
# 4. a long document: every paragraph of those Russian pages, in order
ALL = [d for f in ['crawl.ann', 'crawlru2.ann', 'crawlvi.ann', 'held2.ann', 'held3.ann', 'held4.ann', 'held5.ann',
                   'tune2.ann', 'tune3.ann'] for d in ann_docs(f)]  # pages the first trial did not use
ru = [d for d in ALL if d[1] == 'ru']
paras = [l for d in ru for l in d[2] if len(l.split()) >= 4]
(IN / 'long').mkdir()
(IN / 'long' / 'ru-all-pages.txt').write_text('\n\n'.join(paras) + '\n', encoding='utf-8')
# 5. a folder of 300 small files: one real line each (vi and ru)
vi = [d for d in ALL if d[1] == 'vi']
lines = [l for d in vi + ru for l in d[2] if len(l.split()) >= 6]
random.seed(2)
pick = random.sample(lines, 300)
(IN / 'small').mkdir()
for i, l in enumerate(pick):
    (IN / 'small' / f'{i:03d}.txt').write_text(l + '\n', encoding='utf-8')
print(len(pages), 'pages,', len(paras), 'paragraphs in the long document')
