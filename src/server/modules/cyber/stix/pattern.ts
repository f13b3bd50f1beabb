/**
 * A recursive-descent parser for STIX 2.1 patterns, written from the OASIS grammar shipped in
 * standards/stix2/pattern_grammar/STIXPattern.g4 (no maintained npm package exists; ADR 0021). It
 * checks syntax only, plus the rule the grammar cannot express: one qualifier of each kind per
 * observation expression.
 */
type Kind =
  | 'lbrack'
  | 'rbrack'
  | 'lparen'
  | 'rparen'
  | 'colon'
  | 'dot'
  | 'comma'
  | 'star'
  | 'op'
  | 'kw'
  | 'ident'
  | 'string'
  | 'int'
  | 'float'
  | 'hex'
  | 'binary'
  | 'timestamp'
  | 'bool'
  | 'eof';

interface Token {
  kind: Kind;
  text: string;
  at: number;
  /** ident: contains a hyphen; int/float: carries a minus sign. */
  flag?: boolean;
}

const KEYWORDS = new Set([
  'AND',
  'OR',
  'NOT',
  'FOLLOWEDBY',
  'LIKE',
  'MATCHES',
  'ISSUPERSET',
  'ISSUBSET',
  'EXISTS',
  'LAST',
  'IN',
  'START',
  'STOP',
  'SECONDS',
  'WITHIN',
  'REPEATS',
  'TIMES',
]);

const TIMESTAMP =
  /^t'\d{4}-(0[1-9]|1[012])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?Z'/;
const BINARY = /^b'([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{4}|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{2}==)'/;
const HEX = /^h'([A-Fa-f0-9]{2})*'/;
const NUMBER = /^[+-]?(\d*\.\d+|0|[1-9]\d*)/;
const IDENT = /^[a-zA-Z_][a-zA-Z0-9_-]*/;
const WS = /^[\s\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

export class PatternError extends Error {}

function lex(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const fail = (what: string): never => {
    throw new PatternError(`${what} at offset ${i}`);
  };
  while (i < src.length) {
    const rest = src.slice(i);
    const ws = WS.exec(rest);
    if (ws) {
      i += ws[0].length;
      continue;
    }
    if (rest.startsWith('/*')) {
      const end = src.indexOf('*/', i + 2);
      if (end < 0) fail('unterminated comment');
      i = end + 2;
      continue;
    }
    if (rest.startsWith('//')) {
      const nl = rest.search(/[\r\n]/);
      i = nl < 0 ? src.length : i + nl;
      continue;
    }
    const push = (kind: Kind, text: string, flag?: boolean) => {
      out.push({ kind, text, at: i, flag });
      i += text.length;
    };
    const c = rest[0]!;
    const single: Record<string, Kind> = {
      '[': 'lbrack',
      ']': 'rbrack',
      '(': 'lparen',
      ')': 'rparen',
      ':': 'colon',
      ',': 'comma',
      '*': 'star',
    };
    if (single[c]) {
      push(single[c], c);
      continue;
    }
    const op = /^(==|!=|<>|<=|>=|=|<|>)/.exec(rest);
    if (op) {
      push('op', op[1]!);
      continue;
    }
    if (c === "'") {
      let j = 1;
      while (j < rest.length && rest[j] !== "'") {
        if (rest[j] === '\\') {
          if (rest[j + 1] !== "'" && rest[j + 1] !== '\\') fail('bad escape in string');
          j += 2;
        } else j += 1;
      }
      if (j >= rest.length) fail('unterminated string');
      push('string', rest.slice(0, j + 1));
      continue;
    }
    if (rest[1] === "'" && (c === 't' || c === 'b' || c === 'h')) {
      const m = (c === 't' ? TIMESTAMP : c === 'b' ? BINARY : HEX).exec(rest);
      if (!m)
        fail(c === 't' ? 'bad timestamp literal' : c === 'b' ? 'bad binary literal' : 'bad hex literal');
      push(c === 't' ? 'timestamp' : c === 'b' ? 'binary' : 'hex', m![0]);
      continue;
    }
    const num = /^[+\-.\d]/.test(c) ? NUMBER.exec(rest) : null;
    if (num) {
      push(num[0].includes('.') ? 'float' : 'int', num[0], num[0].startsWith('-'));
      continue;
    }
    if (c === '.') {
      push('dot', c);
      continue;
    }
    const id = IDENT.exec(rest);
    if (id) {
      const w = id[0];
      if (KEYWORDS.has(w)) push('kw', w);
      else if (w === 'true' || w === 'false') push('bool', w);
      else push('ident', w, w.includes('-'));
      continue;
    }
    fail(`unexpected character ${JSON.stringify(c)}`);
  }
  out.push({ kind: 'eof', text: '', at: src.length });
  return out;
}

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.pos]!;
  }
  private isKw(w: string) {
    const t = this.peek();
    return t.kind === 'kw' && t.text === w;
  }
  private take(kind: Kind, text?: string): Token {
    const t = this.peek();
    if (t.kind !== kind || (text !== undefined && t.text !== text)) {
      throw new PatternError(
        `expected ${text ?? kind} at offset ${t.at}, found ${t.text || 'end of pattern'}`,
      );
    }
    this.pos += 1;
    return t;
  }
  private accept(kind: Kind, text?: string): boolean {
    const t = this.peek();
    if (t.kind === kind && (text === undefined || t.text === text)) {
      this.pos += 1;
      return true;
    }
    return false;
  }

  pattern() {
    this.observationExpressions();
    this.take('eof');
  }

  private observationExpressions() {
    this.observationOr();
    while (this.accept('kw', 'FOLLOWEDBY')) this.observationOr();
  }
  private observationOr() {
    this.observationAnd();
    while (this.accept('kw', 'OR')) this.observationAnd();
  }
  private observationAnd() {
    this.observationExpression();
    while (this.accept('kw', 'AND')) this.observationExpression();
  }
  private observationExpression() {
    if (this.accept('lbrack')) {
      this.comparisonExpression();
      this.take('rbrack');
    } else if (this.accept('lparen')) {
      this.observationExpressions();
      this.take('rparen');
    } else {
      const t = this.peek();
      throw new PatternError(`expected [ or ( at offset ${t.at}, found ${t.text || 'end of pattern'}`);
    }
    const seen = new Set<string>();
    for (;;) {
      const t = this.peek();
      if (t.kind !== 'kw' || !['START', 'WITHIN', 'REPEATS'].includes(t.text)) break;
      if (seen.has(t.text)) throw new PatternError(`more than one ${t.text} qualifier at offset ${t.at}`);
      seen.add(t.text);
      this.pos += 1;
      if (t.text === 'START') {
        this.take('timestamp');
        this.take('kw', 'STOP');
        this.take('timestamp');
      } else if (t.text === 'WITHIN') {
        const n = this.peek();
        if ((n.kind !== 'int' && n.kind !== 'float') || n.flag)
          throw new PatternError(`WITHIN needs a positive number at offset ${n.at}`);
        this.pos += 1;
        this.take('kw', 'SECONDS');
      } else {
        const n = this.take('int');
        if (n.flag) throw new PatternError(`REPEATS needs a positive integer at offset ${n.at}`);
        this.take('kw', 'TIMES');
      }
    }
  }

  private comparisonExpression() {
    this.comparisonAnd();
    while (this.accept('kw', 'OR')) this.comparisonAnd();
  }
  private comparisonAnd() {
    this.propTest();
    while (this.accept('kw', 'AND')) this.propTest();
  }
  private propTest() {
    if (this.accept('lparen')) {
      this.comparisonExpression();
      this.take('rparen');
      return;
    }
    if (this.isKw('NOT') || this.isKw('EXISTS')) {
      this.accept('kw', 'NOT');
      this.take('kw', 'EXISTS');
      this.objectPath();
      return;
    }
    this.objectPath();
    this.accept('kw', 'NOT');
    const t = this.peek();
    if (t.kind === 'op') {
      this.pos += 1;
      if (t.text === '=' || t.text === '==' || t.text === '!=' || t.text === '<>') this.primitive(true);
      else this.primitive(false);
      return;
    }
    if (this.accept('kw', 'IN')) {
      this.take('lparen');
      if (this.accept('rparen')) return;
      this.primitive(true);
      while (this.accept('comma')) this.primitive(true);
      this.take('rparen');
      return;
    }
    for (const w of ['LIKE', 'MATCHES', 'ISSUBSET', 'ISSUPERSET']) {
      if (this.accept('kw', w)) {
        this.take('string');
        return;
      }
    }
    throw new PatternError(
      `expected a comparison operator at offset ${t.at}, found ${t.text || 'end of pattern'}`,
    );
  }
  private primitive(boolAllowed: boolean) {
    const t = this.peek();
    const orderable = ['int', 'float', 'string', 'binary', 'hex', 'timestamp'];
    if (orderable.includes(t.kind) || (boolAllowed && t.kind === 'bool')) {
      this.pos += 1;
      return;
    }
    throw new PatternError(`expected a literal at offset ${t.at}, found ${t.text || 'end of pattern'}`);
  }
  private objectPath() {
    this.take('ident');
    this.take('colon');
    const first = this.peek();
    if ((first.kind === 'ident' && !first.flag) || first.kind === 'string') this.pos += 1;
    else throw new PatternError(`expected a property name at offset ${first.at}`);
    for (;;) {
      if (this.accept('dot')) {
        const k = this.peek();
        if ((k.kind === 'ident' && !k.flag) || k.kind === 'string') this.pos += 1;
        else throw new PatternError(`expected a property name at offset ${k.at}`);
      } else if (this.peek().kind === 'lbrack' && this.isIndexStep()) {
        this.take('lbrack');
        if (!this.accept('star')) this.take('int');
        this.take('rbrack');
      } else return;
    }
  }
  /** `[` after a path is an index step only when it holds an integer or `*` and closes at once. */
  private isIndexStep(): boolean {
    const a = this.tokens[this.pos + 1];
    const b = this.tokens[this.pos + 2];
    return !!a && !!b && (a.kind === 'int' || a.kind === 'star') && b.kind === 'rbrack';
  }
}

/** The syntax error of a STIX pattern, or null when it parses. */
export function patternError(pattern: string): string | null {
  try {
    new Parser(lex(pattern)).pattern();
    return null;
  } catch (err) {
    if (err instanceof PatternError) return err.message;
    throw err;
  }
}
