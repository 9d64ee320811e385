/**
 * Front matter, the part a plan needs: `title:` and a `goals:` / `objectives:` list. A small reader for the flat
 * key/value and dash-list shapes YAML front matter uses (and TOML's `key = "value"` and `[…]` lists); anything else is
 * metadata the plan does not need.
 */
export interface FrontMatter {
  title: string;
  goals: string[];
}

const GOAL_KEY = /^(?:goals?|objectives?|aims?|learning[_ ]objectives|outcomes)$/i;

const unquote = (v: string): string => {
  const t = v.trim();
  return /^(["']).*\1$/.test(t) ? t.slice(1, -1) : t;
};

export function readFrontMatter(yaml: string): FrontMatter {
  const out: FrontMatter = { title: '', goals: [] };
  let list: string[] | null = null;
  for (const raw of yaml.split('\n')) {
    if (/^\s*#/.test(raw) || !raw.trim()) continue;
    const item = /^\s+-\s+(.*)$/.exec(raw) ?? /^-\s+(.*)$/.exec(raw);
    if (item && list) {
      list.push(unquote(item[1] ?? ''));
      continue;
    }
    // "title: …" in YAML, "title = …" in TOML.
    const kv = /^([A-Za-z_][\w -]*?)\s*[:=]\s*(.*)$/.exec(raw);
    if (!kv) continue;
    const key = (kv[1] ?? '').trim();
    const value = unquote(kv[2] ?? '');
    list = null;
    if (key === 'title' && value) out.title = value;
    else if (GOAL_KEY.test(key)) {
      if (value.startsWith('[') && value.endsWith(']'))
        out.goals.push(...value.slice(1, -1).split(',').map(unquote).filter(Boolean));
      else if (value) out.goals.push(value);
      else list = out.goals;
    }
  }
  return out;
}
