// @vitest-environment node
import { readFile } from 'node:fs/promises';
import { parseYaml } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import { generateApiTypes, OUTPUT_URL, SPEC_URL } from '../../scripts/generate-api-types.ts';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'] as const;

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

async function loadSpec(): Promise<Node> {
  const spec = parseYaml(await readFile(SPEC_URL, 'utf8'));
  if (!isNode(spec)) throw new Error('pbm.openapi.yaml is not a YAML mapping');
  return spec;
}

/** Calls `visit` for every mapping in the document with its JSON pointer. */
function walk(value: unknown, pointer: string, visit: (node: Node, pointer: string) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => walk(item, `${pointer}/${index}`, visit));
  } else if (isNode(value)) {
    visit(value, pointer);
    for (const [key, child] of Object.entries(value)) {
      walk(child, `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`, visit);
    }
  }
}

describe('src/api/pbm.generated.ts', () => {
  it('is up to date with pbm.openapi.yaml', async () => {
    const [expected, committed] = await Promise.all([
      generateApiTypes(),
      readFile(OUTPUT_URL, 'utf8').catch(() => ''),
    ]);
    if (committed !== expected) {
      expect.fail('src/api/pbm.generated.ts is stale: run npm run api:generate');
    }
  });
});

describe('src/api/pbm.openapi.yaml', () => {
  it('names the guide section, id, summary and tags of every operation', async () => {
    const spec = await loadSpec();
    const paths = spec.paths;
    if (!isNode(paths)) throw new Error('pbm.openapi.yaml has no paths');
    const declaredTags = new Set(
      (Array.isArray(spec.tags) ? spec.tags : []).map((tag: unknown) =>
        isNode(tag) ? tag.name : undefined,
      ),
    );
    const problems: string[] = [];
    const operationIds = new Set<string>();
    let operations = 0;

    for (const [path, item] of Object.entries(paths)) {
      if (!isNode(item)) continue;
      for (const method of METHODS) {
        const operation = item[method];
        if (!isNode(operation)) continue;
        operations += 1;
        const where = `${method.toUpperCase()} ${path}`;
        const section = operation['x-guide-section'];
        if (typeof section !== 'string' || !/^\d+(\.\d+)*$/.test(section)) {
          problems.push(`${where}: x-guide-section must be a guide section like "3.4.2"`);
        }
        const id = operation.operationId;
        if (typeof id !== 'string' || id === '') {
          problems.push(`${where}: missing operationId`);
        } else if (operationIds.has(id)) {
          problems.push(`${where}: duplicate operationId ${id}`);
        } else {
          operationIds.add(id);
        }
        if (typeof operation.summary !== 'string' || operation.summary.trim() === '') {
          problems.push(`${where}: missing summary`);
        }
        const tags = operation.tags;
        if (!Array.isArray(tags) || tags.length === 0) {
          problems.push(`${where}: missing tags`);
        } else {
          for (const tag of tags) {
            if (!declaredTags.has(tag)) problems.push(`${where}: tag ${String(tag)} not declared`);
          }
        }
      }
    }

    expect(operations).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('gives every x-inferred: true a one-line x-inferred-reason', async () => {
    const spec = await loadSpec();
    const problems: string[] = [];
    let inferred = 0;

    walk(spec, '#', (node, pointer) => {
      const hasFlag = 'x-inferred' in node;
      const reason = node['x-inferred-reason'];
      if (hasFlag && node['x-inferred'] !== true) {
        problems.push(`${pointer}: x-inferred must be true (or absent)`);
      }
      if (node['x-inferred'] === true) {
        inferred += 1;
        if (typeof reason !== 'string' || reason.trim() === '') {
          problems.push(`${pointer}: x-inferred: true without a non-empty x-inferred-reason`);
        } else if (reason.includes('\n')) {
          problems.push(`${pointer}: x-inferred-reason must be one line`);
        }
      } else if (reason !== undefined) {
        problems.push(`${pointer}: x-inferred-reason without x-inferred: true`);
      }
    });

    expect(inferred).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
