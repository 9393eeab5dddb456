import { z } from '../../../shared/validators/z.js';
import { WINDOW_KINDS, type WindowKind } from './window-kinds.js';
import type { WindowSpec } from './window-options.js';

export const BoundsSchema = z.object({
  x: z.number().check(z.int()),
  y: z.number().check(z.int()),
  width: z.number().check(z.int(), z.positive()),
  height: z.number().check(z.int(), z.positive()),
});
export type Bounds = z.infer<typeof BoundsSchema>;

/** Saved bounds per window kind. A kind with a bad entry is dropped alone; others are kept. */
export type SavedBounds = Partial<Record<WindowKind, Bounds>>;

export function parseSavedBounds(raw: unknown): SavedBounds {
  if (typeof raw !== 'object' || raw === null) return {};
  const saved: SavedBounds = {};
  for (const kind of WINDOW_KINDS) {
    const parsed = BoundsSchema.safeParse((raw as Record<string, unknown>)[kind]);
    if (parsed.success) saved[kind] = parsed.data;
  }
  return saved;
}

/** The port through which windows remember where they were. */
export interface WindowBoundsStore {
  load(kind: WindowKind): Bounds | undefined;
  save(kind: WindowKind, bounds: Bounds): void;
}

export type Placement = Partial<Pick<Bounds, 'x' | 'y'>> & Pick<Bounds, 'width' | 'height'>;

/** Enough of the title bar must be on a screen to grab it: 100 × 40 px. */
const GRAB_WIDTH = 100;
const GRAB_HEIGHT = 40;

function overlap(a: Bounds, b: Bounds): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Where a window opens: its saved bounds when its top edge is still reachable on one of the
 * displays (a monitor may have been unplugged since), otherwise the default size, centred.
 */
export function placeWindow(
  saved: Bounds | undefined,
  spec: WindowSpec,
  workAreas: readonly Bounds[],
): Placement {
  const fallback = { width: spec.width, height: spec.height };
  if (!saved) return fallback;
  const width = Math.max(saved.width, spec.minWidth);
  const height = Math.max(saved.height, spec.minHeight);
  const titleBar = { x: saved.x, y: saved.y, width, height: GRAB_HEIGHT };
  const reachable = workAreas.some((area) => {
    const o = overlap(titleBar, area);
    return o.width >= GRAB_WIDTH && o.height >= GRAB_HEIGHT && saved.y >= area.y;
  });
  return reachable ? { x: saved.x, y: saved.y, width, height } : fallback;
}
