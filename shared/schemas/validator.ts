/**
 * Validates documents against the collection schemas with Ajv, unchanged: the RxDB-specific
 * keywords are declared as vocabulary so strict mode still rejects typos in real keywords.
 * For the server and tests. The renderer does not import this: Ajv compiles with `eval`, which
 * the app's Content-Security-Policy forbids; RxDB validates there with its own plugin.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { SCHEMAS, type CollectionName, type DocumentTypes } from './index.ts';

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

export interface DocumentValidator {
  validate<C extends CollectionName>(collection: C, doc: unknown): ValidationResult<DocumentTypes[C]>;
}

function describe(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}

export function createDocumentValidator(): DocumentValidator {
  const ajv = new Ajv({ strict: true, allErrors: true, allowUnionTypes: true });
  ajv.addVocabulary(['primaryKey', 'version', 'indexes']);
  const compiled = new Map<CollectionName, ValidateFunction>();
  for (const [name, schema] of Object.entries(SCHEMAS) as [CollectionName, object][]) {
    compiled.set(name, ajv.compile(schema));
  }
  return {
    validate(collection, doc) {
      const check = compiled.get(collection);
      if (!check) return { ok: false, errors: [`unknown collection ${collection}`] };
      if (check(doc)) return { ok: true, value: doc as DocumentTypes[typeof collection] };
      return { ok: false, errors: describe(check.errors) };
    },
  };
}
