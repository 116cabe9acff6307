/**
 * Characters that have no place in contributed text: they are invisible, or they change how the
 * text around them is displayed (a right-to-left override can make a name read as another), or
 * they mark text damaged by a conversion. Tabs and line breaks are the only controls allowed.
 */
const NAMED: Readonly<Record<number, string>> = {
  0x00ad: 'SOFT HYPHEN',
  0x061c: 'ARABIC LETTER MARK',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2061: 'FUNCTION APPLICATION',
  0x2062: 'INVISIBLE TIMES',
  0x2063: 'INVISIBLE SEPARATOR',
  0x2064: 'INVISIBLE PLUS',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (byte-order mark)',
  0xfffd: 'REPLACEMENT CHARACTER',
};

const FORBIDDEN = new RegExp(
  `[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F${Object.keys(NAMED)
    .map((code) => `\\u${Number(code).toString(16).padStart(4, '0')}`)
    .join('')}]`,
  'gu',
);

export interface TextProblem {
  /** 1-based line of the first such character. */
  readonly line: number;
  readonly message: string;
}

const codePoint = (character: string) =>
  `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** One problem per kind of forbidden character, at its first line. */
export function forbiddenCharacters(text: string): TextProblem[] {
  const seen = new Map<string, TextProblem>();
  for (const match of text.matchAll(FORBIDDEN)) {
    const character = match[0];
    if (seen.has(character)) continue;
    const code = character.codePointAt(0) ?? 0;
    const line = text.slice(0, match.index).split('\n').length;
    const name = NAMED[code];
    const message =
      code === 0xfffd
        ? `${codePoint(character)} ${name}: the text was damaged by a conversion (retype the character it replaced)`
        : name === undefined
          ? `control character ${codePoint(character)}: invisible, and not allowed in an entry (delete it)`
          : `invisible character ${codePoint(character)} ${name}: it changes how the text is shown without being seen (delete it)`;
    seen.set(character, { line, message });
  }
  return [...seen.values()];
}
