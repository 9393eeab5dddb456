import { describe, expect, it } from 'vitest';
import { mergePatch } from '../../../../electron/core/store/merge-patch.js';

describe('merge patch', () => {
  it('merges objects key by key and replaces arrays and values', () => {
    expect(
      mergePatch({ a: { b: 1, c: 2 }, list: [1, 2], keep: true }, { a: { c: 3 }, list: [9] }),
    ).toEqual({
      a: { b: 1, c: 3 },
      list: [9],
      keep: true,
    });
  });

  it('ignores prototype keys and undefined values', () => {
    const patch = JSON.parse('{"__proto__": {"x": 1}, "constructor": {"y": 2}, "ok": 1}');
    expect(mergePatch({ ok: 0, z: 1 }, { ...patch, z: undefined })).toEqual({ ok: 1, z: 1 });
  });
});
