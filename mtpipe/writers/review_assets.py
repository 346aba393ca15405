"""The fixed assets of the review page: its CSS, its one script, and the Content-Security-Policy.

Constants only, no document data: :data:`SCRIPT` is allowed by its SHA-256 in :data:`CSP` and
nothing else is.  The pages that embed them are rendered by :mod:`mtpipe.writers.html`.
"""

from __future__ import annotations

import base64
import hashlib

__all__ = ["CSS", "COLUMN_COLOURS", "SCRIPT", "CSP"]

#: Background of each text column (the render test looks for these).
COLUMN_COLOURS = {"src": "#e3f2fd", "en": "#e8f5e9", "zh": "#fff3e0"}
_OTHER_COLOUR = "#f3e5f5"

CSS = f"""
body{{font-family:system-ui,"Noto Sans","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0;background:#fafafa;color:#222}}
header{{padding:12px 20px;background:#263238;color:#fff}}
header a{{color:#b3e5fc}}
table{{border-collapse:collapse;width:100%;table-layout:fixed}}
th{{position:sticky;top:0;background:#37474f;color:#fff;padding:6px;text-align:left}}
td{{vertical-align:top;padding:6px 8px;border-bottom:1px solid #ddd;overflow-wrap:anywhere;white-space:pre-wrap}}
td.src{{background:{COLUMN_COLOURS['src']}}} td.en{{background:{COLUMN_COLOURS['en']}}}
td.zh{{background:{COLUMN_COLOURS['zh']}}} td.tgt{{background:{_OTHER_COLOUR}}}
td.idx{{color:#777;font-size:12px;white-space:normal}}
tr.para td{{border-top:3px solid #90a4ae}}
tr.flagged td.idx{{border-left:4px solid #e53935}}
mark{{padding:0 2px;border-radius:3px}}
mark.verified,mark.normalized,mark.passthrough{{background:#a5d6a7}}
mark.retried{{background:#fff59d}} mark.unverified{{background:#ef9a9a}} mark.pending{{background:#e0e0e0}}
.flag{{display:inline-block;margin:2px;padding:0 4px;font-size:11px;border-radius:3px;background:#ffccbc;
white-space:normal}}
details{{margin:16px 20px}} .ledger td{{font-size:12px;background:#fff}}
.counts{{margin:8px 20px;color:#444}}
.legend mark{{margin-right:6px}}
sup.miss{{color:#b71c1c;font-weight:bold;margin-left:1px}} sup.retry{{color:#8d6e00;margin-left:1px}}
nav.tools{{margin:4px 20px;font-size:13px;color:#444}} nav.tools kbd{{border:1px solid #999;border-radius:3px;padding:0 3px}}
tr:target td{{outline:2px solid #1e88e5}}
a.seg{{margin-right:4px}}
"""

#: The page's only script: a filter and j/k (n/p) jumps between segments that need attention.
#: A constant (no document data), allowed by its hash in :data:`CSP`.
SCRIPT = """(function(){
var sel=document.getElementById('filter');
function rows(){return Array.prototype.slice.call(document.querySelectorAll('tr.seg'));}
function apply(){var v=sel?sel.value:'';rows().forEach(function(r){
r.hidden=!!v&&!r.classList.contains(v);});}
if(sel){sel.addEventListener('change',apply);apply();}
function attn(){return rows().filter(function(r){return !r.hidden&&r.classList.contains('attn');});}
document.addEventListener('keydown',function(e){
if(e.ctrlKey||e.metaKey||e.altKey)return;
var t=e.target&&e.target.tagName;if(t==='INPUT'||t==='SELECT'||t==='TEXTAREA')return;
var k=e.key,fwd=(k==='j'||k==='n'),back=(k==='k'||k==='p');if(!fwd&&!back)return;
var rs=attn();if(!rs.length)return;
var cur=location.hash?document.getElementById(location.hash.slice(1)):null;
var i=cur?rs.indexOf(cur):-1,n;
if(i<0){var y=0;n=fwd?rs.findIndex(function(r){return r.getBoundingClientRect().top>1;}):-1;
if(back){for(var j=rs.length-1;j>=0;j--){if(rs[j].getBoundingClientRect().top<-1){n=j;break;}}}
if(n<0)n=fwd?0:rs.length-1;}
else{n=fwd?Math.min(i+1,rs.length-1):Math.max(i-1,0);}
location.hash='#'+rs[n].id;e.preventDefault();});
})();"""

#: Content-Security-Policy of every page: nothing from anywhere, inline CSS, and only :data:`SCRIPT`.
CSP = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-"
       + base64.b64encode(hashlib.sha256(SCRIPT.encode("utf-8")).digest()).decode("ascii") + "'")
