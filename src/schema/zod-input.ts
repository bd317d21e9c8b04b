import type { z } from 'zod';
import { builder } from './builder.js';

/**
 * GraphQL input types derived from the domain's zod schemas, so that the ingest document's shape,
 * its field descriptions and which fields are required are written once (src/domain/document.ts).
 * An object becomes the input type named by its `.meta({ title })`; strings, numbers (Int when the
 * schema says `.int()`), booleans and lists map to their GraphQL types; a zod enum maps to the
 * GraphQL enum with the same values. A field is required when it is neither optional, nullable nor
 * defaulted. The checks themselves (lengths, patterns, dates) stay in zod: the document check runs on
 * every ingest and reports every problem with its path.
 */

type Schema = z.core.$ZodType;
/** What Pothos accepts as an input field's type; refs are opaque here. */
type TypeParam = Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0]['field'] extends (
  options: infer O,
) => unknown
  ? O extends { type: infer T }
    ? T
    : never
  : never;

export interface EnumBinding {
  values: readonly string[];
  ref: unknown;
}

interface Unwrapped {
  schema: Schema;
  required: boolean;
  description: string | undefined;
}

const describedBy = (schema: Schema): string | undefined =>
  (schema as unknown as { description?: string }).description;

function unwrap(schema: Schema): Unwrapped {
  let current = schema;
  let required = true;
  let omittable = false;
  let description = describedBy(current);
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: Schema };
    if (!['optional', 'nullable', 'default'].includes(def.type) || !def.innerType) break;
    required = false;
    if (def.type !== 'nullable') omittable = true;
    current = def.innerType;
    description ??= describedBy(current);
  }
  // GraphQL lets a nullable input field be left out, and the document's nulls are stripped before
  // the check: a field zod requires but allows null for could never be satisfied.
  if (!required && !omittable) throw new Error('a nullable input field must also be optional (.nullish())');
  return { schema: current, required, description };
}

export class ZodInputs {
  private readonly refs = new Map<Schema, unknown>();

  constructor(private readonly enums: EnumBinding[]) {}

  /** The input type for a zod object with a `title` in its meta (created once per schema). */
  object<Shape extends object>(schema: z.ZodObject): ReturnType<typeof builder.inputRef<Shape>> {
    const known = this.refs.get(schema);
    if (known) return known as ReturnType<typeof builder.inputRef<Shape>>;
    const meta = schema.meta() as { title?: string; description?: string } | undefined;
    if (!meta?.title) throw new Error('an object schema used as a GraphQL input needs .meta({ title })');
    const ref = builder.inputRef<Shape>(meta.title);
    this.refs.set(schema, ref);
    const fields = Object.entries(schema.shape).map(([name, field]) => {
      const { schema: inner, required, description } = unwrap(field as Schema);
      return { name, type: this.typeOf(inner), required, description };
    });
    // The fields are built from the schema at run time; that they match `Shape` is the caller's
    // claim (Shape is the schema's z.input), checked by the committed SDL and the ingest tests.
    const implementFields = ((t) =>
      Object.fromEntries(
        fields.map((f) => [
          f.name,
          t.field({ type: f.type as TypeParam, required: f.required, description: f.description }),
        ]),
      )) as Parameters<typeof ref.implement>[0]['fields'];
    ref.implement({ description: meta.description, fields: implementFields });
    return ref;
  }

  private typeOf(schema: Schema): unknown {
    const def = schema._zod.def as { type: string; element?: Schema; entries?: Record<string, string> };
    switch (def.type) {
      case 'string':
        return 'String';
      case 'boolean':
        return 'Boolean';
      case 'number':
        return (schema as unknown as { isInt?: boolean }).isInt ? 'Int' : 'Float';
      case 'array': {
        // Lists are of non-null items ([X!]); a schema that allows missing items would not match.
        const item = unwrap(def.element as Schema);
        if (!item.required) throw new Error('list items of a GraphQL input must be required');
        return [this.typeOf(item.schema)];
      }
      case 'object':
        return this.object(schema as z.ZodObject);
      case 'enum':
        return this.enumFor(Object.values(def.entries ?? {}));
      default:
        throw new Error(`no GraphQL input type for a zod ${def.type}`);
    }
  }

  private enumFor(values: string[]): unknown {
    const same = (a: readonly string[]) => a.length === values.length && a.every((v) => values.includes(v));
    const binding = this.enums.find((e) => same(e.values));
    if (!binding) throw new Error(`no GraphQL enum with the values ${values.join(', ')}`);
    return binding.ref;
  }
}
