"""Field-trial input folder (docs/field-trial-2026-12-01.md): real-page excerpts (ru, vi, mixed), three raw
HTML pages and deliberately bad files.  Usage: python tools/field_trial/make_input.py IN_DIR"""
import gzip, pathlib, random, re, sys
REPO = pathlib.Path(__file__).resolve().parents[2]
R = REPO / 'benchmarks' / 'data' / 'realpages'
IN = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else 'in')
if IN.exists() and any(IN.iterdir()):
    sys.exit(f'{IN} exists and is not empty')
IN.mkdir(parents=True, exist_ok=True)
docs = []
for f in ['ru.ann','vi.ann','mixed.ann','held6.ann']:
    cur = None
    for line in (R/f).read_text(encoding='utf-8').splitlines():
        if line.startswith('### doc'):
            m = re.match(r'### doc (\S+) lang=(\S+)', line)
            cur = [m.group(1), m.group(2), []]; docs.append(cur); continue
        if cur is None: continue
        if line[:2] in ('+ ','- ','= '): line = line[2:]
        cur[2].append(line.replace('‖',''))
random.seed(1)
by = {}
for d in docs: by.setdefault(d[1], []).append(d)
pick = random.sample(by['ru'], 8) + random.sample(by['vi'], 8) + [d for d in docs if d[0].startswith('mx')]
for i,(id_,lang,lines) in enumerate(pick):
    sub = IN/ lang
    sub.mkdir(exist_ok=True)
    (sub/f'{id_}.txt').write_text('\n'.join(lines)+'\n', encoding='utf-8')
h = IN/'html'; h.mkdir()
for n in ['ru-aif','zh-xinhua','uk-24tv']:
    (h/f'{n}.html').write_bytes(gzip.decompress((R/'html'/f'{n}.html.gz').read_bytes()))
bad = IN/'bad'; bad.mkdir()
(bad/'binary.txt').write_bytes(bytes(range(256))*40)
(bad/'empty.txt').write_bytes(b'')
ru = by['ru'][0][2]
txt = '\n'.join(l for l in ru if l.strip())[:1500]
(bad/'cp1251.txt').write_bytes(txt.encode('cp1251', errors='replace'))
vi = '\n'.join(l for l in by['vi'][0][2] if l.strip())[:1500]
(bad/'utf16.txt').write_bytes(vi.encode('utf-16'))
long = ' '.join(l for l in by['ru'][1][2] if l.strip())
(bad/'longline.txt').write_text((long+' ')*60 + '\n', encoding='utf-8')
(bad/'front.md').write_text('''---
title: "Визит в Чанчунь"
date: 2024-05-01
tags: [china, news]
---

# Визит делегации

<p><span style="color:red">Губернатор провинции Цзилинь <b>Ван Цзылянь</b> встретился с делегацией.</span></p>

Стороны обсудили сотрудничество в области торговли.<br>Встреча прошла в Чанчуне.

* Первый пункт повестки.
* Второй пункт &oacute; с сущностью.
''', encoding='utf-8')
print(len(pick), [p[0] for p in pick])
