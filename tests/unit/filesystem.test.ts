import { describe, expect, it } from 'vitest';
import { mountOf } from '../../scripts/lib/filesystem.ts';

const MOUNTS = [
  '/dev/vda / ext4 rw,relatime,discard 0 0',
  'proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0',
  'tmpfs /dev/shm tmpfs rw,relatime,size=24683772k 0 0',
  'tmpfs /tmp/my\\040disk tmpfs rw 0 0',
  '/dev/vdb /data ext4 rw 0 0',
  'overlay /data xfs rw 0 0',
  '',
].join('\n');

describe('mountOf', () => {
  it('finds the deepest mount point above a path', () => {
    expect(mountOf(MOUNTS, '/dev/shm/mlops-bench-1')).toEqual({ mountPoint: '/dev/shm', type: 'tmpfs' });
    expect(mountOf(MOUNTS, '/dev/shm')).toEqual({ mountPoint: '/dev/shm', type: 'tmpfs' });
    expect(mountOf(MOUNTS, '/tmp/mlops-bench-1')).toEqual({ mountPoint: '/', type: 'ext4' });
  });

  it('does not take a sibling whose name starts the same for a parent', () => {
    expect(mountOf(MOUNTS, '/dev/shmem/x')).toEqual({ mountPoint: '/', type: 'ext4' });
  });

  it('reads escaped spaces and takes the last of two mounts on one point', () => {
    expect(mountOf(MOUNTS, '/tmp/my disk/out')).toEqual({ mountPoint: '/tmp/my disk', type: 'tmpfs' });
    expect(mountOf(MOUNTS, '/data/site')).toEqual({ mountPoint: '/data', type: 'xfs' });
  });

  it('finds nothing in an empty table', () => {
    expect(mountOf('', '/tmp')).toBeUndefined();
  });
});
