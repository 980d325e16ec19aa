// Generates src/api/pbm.generated.ts from src/api/pbm.openapi.yaml (`npm run api:generate`).
// Same as the openapi-typescript CLI, except that `format: binary` (file parts of multipart
// bodies, e.g. the user's `jpegPhoto`) becomes `Blob` instead of `string`.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';

export const SPEC_URL = new URL('../src/api/pbm.openapi.yaml', import.meta.url);
export const OUTPUT_URL = new URL('../src/api/pbm.generated.ts', import.meta.url);

const HEADER = `/**
 * Generated from pbm.openapi.yaml by \`npm run api:generate\`. Do not edit.
 */

`;

const BLOB = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier('Blob'));

/** Returns the full text of src/api/pbm.generated.ts for the current pbm.openapi.yaml. */
export async function generateApiTypes(): Promise<string> {
  const ast = await openapiTS(SPEC_URL, {
    silent: true,
    transform(schemaObject) {
      if ('format' in schemaObject && schemaObject.format === 'binary') return BLOB;
      return undefined;
    },
  });
  return HEADER + astToString(ast);
}

if (import.meta.main) {
  await writeFile(OUTPUT_URL, await generateApiTypes());
  console.log(`wrote ${fileURLToPath(OUTPUT_URL)}`);
}
