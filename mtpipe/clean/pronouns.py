"""The Russian possessive "ваш" ("your") in all its forms, for the rules that look for a line addressing the reader.

One pattern, read by :mod:`.controls`, :mod:`.notices` and :mod:`.unstopped`: each wrote the prefix "ваш" and any
letters before, which also took "Вашингтон", "Вашингтоном" (an RT sentence about Washington removed as a prompt to
the reader: cp84's fresh Russian news sample). The forms: ваш, ваша, ваше, ваши, вашего, вашему, вашей, вашем,
вашим, вашими, ваших, вашу.
"""

from __future__ import annotations

__all__ = ["RU_YOUR"]

#: a regex piece (no groups that capture); the callers put their own word-boundary guards around it
RU_YOUR = r"ваш(?:его|ему|ими|ей|ем|им|их|а|е|и|у)?"
