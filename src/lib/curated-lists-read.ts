import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { listSnapshotSchema, rejectedToolsSchema, type RejectedTool } from '../schemas/curated-lists.ts';
import type { ListSnapshot } from './curated-lists.ts';

export const SNAPSHOT_FILE = 'snapshot.yaml';
export const REJECTED_FILE = 'rejected.yaml';

function readYaml(file: string): unknown {
  try {
    return parse(readFileSync(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * The coverage snapshot of a content directory (`<content>/coverage/`), schema-checked; undefined
 * when none was taken yet. An invalid file throws, naming the file and the first problem.
 */
export function readListSnapshot(contentDir: string): ListSnapshot | undefined {
  const file = join(contentDir, 'coverage', SNAPSHOT_FILE);
  const data = readYaml(file);
  if (data === undefined) return undefined;
  const result = listSnapshotSchema.safeParse(data);
  if (!result.success) {
    const [issue] = result.error.issues;
    throw new Error(`${file}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}

/** The considered-and-rejected tools (`<content>/coverage/rejected.yaml`), or none. */
export function readRejectedTools(contentDir: string): RejectedTool[] {
  const file = join(contentDir, 'coverage', REJECTED_FILE);
  const data = readYaml(file) ?? [];
  const result = rejectedToolsSchema.safeParse(data);
  if (!result.success) {
    const [issue] = result.error.issues;
    throw new Error(`${file}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}
