import fc from 'fast-check';

/**
 * Request bodies for the security fuzz, generated from the OpenAPI document's JSON schemas: most are
 * plausible (so they reach the commands and their rules, not only the validators), some with one or
 * two fields replaced by hostile values, some wholly wild. Hostile means what a careless clerk or an
 * attacker sends: NUL, lone surrogates, bidi overrides, formulas, enormous or fractional numbers,
 * impossible dates, wrong types.
 */
export type JsonSchema = {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  nullable?: boolean;
};

/** Picks an id for a uuid field from the records that exist, guessed from the field's name. */
export type IdPicker = (fieldName: string) => fc.Arbitrary<string>;

/** A number too large for any column, written into the JSON text as a bare literal (1e400 parses to Infinity). */
export const RAW_HUGE = '\u0001RAW:1e400';
export function toJsonText(body: unknown): string {
  return JSON.stringify(body).replaceAll(JSON.stringify(RAW_HUGE), '1e400');
}

const anyUtf16Char = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));

const hostileString = fc.oneof(
  fc.constantFrom(
    '\u0000',
    'Nguyễn\u0000Văn',
    '\uD800',
    'a\uDFFFb',
    '\u202Eanh.exe',
    'Ng\u200Buyễn\u2066A\u2069',
    'Thôn\u0007\u001b[31m',
    ' ',
    '',
    '=HYPERLINK("http://x.invalid","bấm")',
    '+84912345678',
    '@SUM(A1:A9)',
    '<script>alert(1)</script>',
    "'; drop table users; --",
    '0000-01-01',
    '9999-12-31',
    '2023-02-30',
    '31/12/2023',
    '2023-13-01T25:61:00Z',
    '-3',
    '1e309',
    'x'.repeat(20_000),
    '😀'.repeat(300),
    '../../etc/passwd',
  ),
  fc.string({ unit: anyUtf16Char, maxLength: 40 }),
);

const hostileNumber = fc.oneof(
  fc.constantFrom(-1, -0.5, 1.5, 2 ** 53 + 2, 1e13 + 1, 1e308, -1e308, Number.MAX_SAFE_INTEGER, 0, RAW_HUGE),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

const wrongType = fc.constantFrom<unknown>(null, true, false, [], {}, '123', 123, [null], { a: 1 });

const hostileFor = (schema: JsonSchema): fc.Arbitrary<unknown> => {
  const types = typesOf(schema);
  if (types.includes('integer') || types.includes('number')) return fc.oneof(hostileNumber, wrongType);
  if (types.includes('string'))
    return fc.oneof({ weight: 3, arbitrary: hostileString }, { weight: 1, arbitrary: wrongType });
  return fc.oneof(wrongType, hostileString, hostileNumber);
};

function typesOf(schema: JsonSchema): string[] {
  if (Array.isArray(schema.type)) return schema.type;
  if (schema.type) return [schema.type];
  if (schema.properties) return ['object'];
  return [];
}

const words = [
  'Thôn',
  'Đông',
  'Hồng Sơn',
  'ủng hộ',
  'Quỹ',
  'Vì người nghèo',
  'Nguyễn Văn An',
  'kiến nghị',
  'đường',
  'năm 2024',
];

function plainString(schema: JsonSchema): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = Math.min(schema.maxLength ?? 80, 200);
  return fc
    .array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 })
    .map((ws) => ws.join(' ').padEnd(min, '.').slice(0, Math.max(max, min)));
}

const isoDate = fc
  .record({
    y: fc.integer({ min: 2023, max: 2026 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

export class BodyGenerator {
  constructor(
    private readonly doc: { components?: { schemas?: Record<string, JsonSchema> } },
    private readonly pickId: IdPicker,
  ) {}

  private resolve(schema: JsonSchema): JsonSchema {
    if (!schema.$ref) return schema;
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = this.doc.components?.schemas?.[name];
    if (!target) throw new Error(`unresolved ${schema.$ref}`);
    return this.resolve(target);
  }

  /** A value the schema accepts (as far as a schema can say: ids may not exist, dates may break a rule). */
  plausible(input: JsonSchema, name = '', depth = 0): fc.Arbitrary<unknown> {
    const schema = this.resolve(input);
    const alternatives = schema.anyOf ?? schema.oneOf;
    if (alternatives) return fc.oneof(...alternatives.map((s) => this.plausible(s, name, depth)));
    if (schema.allOf?.[0]) return this.plausible(schema.allOf[0], name, depth);
    if (schema.enum) return fc.constantFrom(...schema.enum);
    const types = typesOf(schema).filter((t) => t !== 'null');
    const nullable = schema.nullable || typesOf(schema).includes('null');
    const type = types[0];
    let arb: fc.Arbitrary<unknown>;
    if (type === 'string') arb = this.plausibleString(schema, name);
    else if (type === 'integer') arb = this.plausibleNumber(schema, true);
    else if (type === 'number') arb = this.plausibleNumber(schema, false);
    else if (type === 'boolean') arb = fc.boolean();
    else if (type === 'array') {
      const items = schema.items ?? {};
      arb =
        depth > 3
          ? fc.constant([])
          : fc.array(this.plausible(items, name, depth + 1), {
              minLength: schema.minItems ?? 0,
              maxLength: Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? 4, 4)),
            });
    } else if (type === 'object') arb = depth > 3 ? fc.constant({}) : this.plausibleObject(schema, depth);
    else arb = fc.jsonValue({ maxDepth: 2 });
    return nullable ? fc.oneof({ weight: 4, arbitrary: arb }, { weight: 1, arbitrary: fc.constant(null) }) : arb;
  }

  private plausibleString(schema: JsonSchema, name: string): fc.Arbitrary<string> {
    if (schema.format === 'uuid')
      return fc.oneof({ weight: 6, arbitrary: this.pickId(name) }, { weight: 1, arbitrary: fc.uuid() });
    if (schema.format === 'date') return isoDate;
    if (schema.format === 'date-time') return isoDate.map((d) => `${d}T08:30:00.000Z`);
    if (schema.pattern) {
      const max = schema.maxLength ?? 200;
      return fc.stringMatching(new RegExp(schema.pattern)).map((s) => s.slice(0, max));
    }
    return plainString(schema);
  }

  private plausibleNumber(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
    const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 0);
    const max = Math.min(schema.maximum ?? (schema.exclusiveMaximum ?? 1e9 + 1) - 1, min + 1e9);
    return integer
      ? fc.integer({ min: Math.ceil(min), max: Math.max(Math.ceil(min), Math.floor(max)) })
      : fc.double({ min, max: Math.max(min, max), noNaN: true });
  }

  private plausibleObject(schema: JsonSchema, depth: number): fc.Arbitrary<Record<string, unknown>> {
    const props = schema.properties ?? {};
    const required = new Set(schema.required ?? []);
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [key, sub] of Object.entries(props)) model[key] = this.plausible(sub, key, depth + 1);
    return fc.record(model, { requiredKeys: [...required].filter((k) => k in props) });
  }

  /** Bodies for one operation: plausible, plausible with one or two hostile fields, or wild. */
  bodies(input: JsonSchema): fc.Arbitrary<unknown> {
    const schema = this.resolve(input);
    const fields = Object.entries(schema.properties ?? {});
    const plausible = this.plausible(schema);
    const spoiled =
      fields.length === 0
        ? plausible
        : fc
            .tuple(
              plausible,
              fc.uniqueArray(fc.constantFrom(...fields), { minLength: 1, maxLength: 2, selector: ([k]) => k }),
              fc.boolean(),
            )
            .chain(([body, picked, extraKey]) =>
              fc.tuple(...picked.map(([, sub]) => hostileFor(this.resolve(sub)))).map((values) => {
                const out = { ...(body as Record<string, unknown>) };
                picked.forEach(([key], i) => {
                  out[key] = values[i];
                });
                if (extraKey) out.__proto__x = 'không có trường này';
                return out;
              }),
            );
    const wild = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      wrongType,
      fc.dictionary(fc.constantFrom(...fields.map(([k]) => k), 'x'), fc.oneof(hostileString, hostileNumber, wrongType)),
    );
    return fc.oneof(
      { weight: 3, arbitrary: plausible },
      { weight: 5, arbitrary: spoiled },
      { weight: 2, arbitrary: wild },
    );
  }
}
