/**
 * Which file system a folder is on, for the benchmark's report: on a virtual machine's disk the
 * time to create and write thousands of files varies run to run far more than rendering does
 * (a floor of 2,730 pages took 3.4 to 6.6 s in four runs on ext4, 2.6 to 2.8 s on tmpfs).
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';

export interface Mount {
  readonly mountPoint: string;
  readonly type: string;
}

/** Undoes the octal escapes /proc/mounts writes for spaces, tabs, newlines and backslashes. */
const unescapeMountField = (field: string) =>
  field.replace(/\\([0-7]{3})/g, (_, code: string) => String.fromCharCode(Number.parseInt(code, 8)));

/** The mount that holds `path` (absolute, links resolved): the longest mount point above it. */
export function mountOf(mountsText: string, path: string): Mount | undefined {
  let best: Mount | undefined;
  for (const line of mountsText.split('\n')) {
    const [, rawMountPoint, type] = line.split(' ');
    if (rawMountPoint === undefined || type === undefined) continue;
    const mountPoint = unescapeMountField(rawMountPoint);
    const holds = mountPoint === '/' || path === mountPoint || path.startsWith(`${mountPoint}/`);
    // A later line for the same mount point is mounted over the earlier one.
    if (holds && mountPoint.length >= (best?.mountPoint.length ?? 0)) best = { mountPoint, type };
  }
  return best;
}

/** `path`, and the type of file system it is on where the system says (Linux's /proc/mounts). */
export function describeFilesystem(path: string): string {
  const mounts = '/proc/mounts';
  if (!existsSync(mounts)) return path;
  const mount = mountOf(readFileSync(mounts, 'utf8'), realpathSync(path));
  return mount ? `${path} (${mount.type})` : path;
}
