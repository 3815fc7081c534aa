/**
 * Reads PostgreSQL's text form of a tsquery (what `websearch_to_tsquery(...)::text` prints, e.g.
 * `'buurt' & 'ontmoet'`, `!'jong' | 'ouder'`) into a tree of lexemes with AND, OR and NOT, so the
 * facet index can find the matching initiatives from their lexemes (tsvector_to_array) without a
 * pass over the table. Only what a boolean match over a document's set of lexemes decides exactly
 * is accepted: phrases (<->), prefixes (:*) and weights (:A) return null, and the caller asks
 * PostgreSQL instead.
 *
 * Pure.
 */
export type TsQuery = { op: 'lexeme'; lexeme: string } | { op: 'not'; arg: TsQuery } | { op: 'and' | 'or'; left: TsQuery; right: TsQuery };

/** The parsed query; 'empty' when it has no lexemes (only stop words: matches nothing); null when not supported. */
export function parseTsQuery(text: string): TsQuery | 'empty' | null {
  const tokens: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === ' ') {
      i++;
    } else if (c === "'") {
      // A quoted lexeme; '' is a quote inside it.
      let lexeme = '';
      i++;
      for (;;) {
        if (i >= text.length) return null;
        if (text[i] === "'") {
          if (text[i + 1] === "'") {
            lexeme += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        lexeme += text[i++];
      }
      if (text[i] === ':') return null; // prefix or weight
      tokens.push(`'${lexeme}`);
    } else if (c === '&' || c === '|' || c === '!' || c === '(' || c === ')') {
      tokens.push(c);
      i++;
    } else {
      return null; // <-> phrase, <N>, or anything unexpected
    }
  }
  if (!tokens.length) return 'empty';
  let pos = 0;
  // Precedence as in PostgreSQL: ! binds tightest, then &, then |.
  const or = (): TsQuery | null => {
    let left = and();
    while (left && tokens[pos] === '|') {
      pos++;
      const right = and();
      if (!right) return null;
      left = { op: 'or', left, right };
    }
    return left;
  };
  const and = (): TsQuery | null => {
    let left = not();
    while (left && tokens[pos] === '&') {
      pos++;
      const right = not();
      if (!right) return null;
      left = { op: 'and', left, right };
    }
    return left;
  };
  const not = (): TsQuery | null => {
    if (tokens[pos] === '!') {
      pos++;
      const arg = not();
      return arg ? { op: 'not', arg } : null;
    }
    return primary();
  };
  const primary = (): TsQuery | null => {
    const t = tokens[pos++];
    if (t === '(') {
      const inner = or();
      if (tokens[pos++] !== ')') return null;
      return inner;
    }
    return t?.startsWith("'") ? { op: 'lexeme', lexeme: t.slice(1) } : null;
  };
  const tree = or();
  return tree && pos === tokens.length ? tree : null;
}
