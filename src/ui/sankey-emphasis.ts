import type { SankeyLinkModel, SankeyModel } from './sankey-model';

/*
 * What a selection does to the Sankey laid out by sankey-model.ts: which node shows the
 * selected intermediary and which links are highlighted or dimmed. The layout does not change.
 */

/** How a link is drawn given the selected intermediary and destination. */
export type LinkEmphasis = 'normal' | 'highlighted' | 'dimmed';

/**
 * The node code a selected intermediary is drawn as: its own, OTHER_CODE when merged
 * there, or null when it is not in the diagram (or nothing is selected).
 */
export function intermediaryShownAs(model: SankeyModel, via: string | null): string | null {
  if (via === null) return null;
  for (const node of model.nodes) {
    if (node.column !== 1) continue;
    if (node.code === via || node.members.includes(via)) return node.code;
  }
  return null;
}

/**
 * Highlights the links on the paths through the selected intermediary and to the selected
 * destination (a first leg counts when its intermediary reaches that destination), dims the
 * others; with nothing selected every link is 'normal'.
 */
export function linkEmphasis(
  model: SankeyModel,
  link: SankeyLinkModel,
  via: string | null,
  to: string | null,
): LinkEmphasis {
  if (via === null && to === null) return 'normal';
  const shownVia = intermediaryShownAs(model, via);
  if (via !== null && shownVia === null) return 'dimmed';
  const throughVia = (code: string) => shownVia === null || code === shownVia;
  let onPath: boolean;
  if (link.leg === 'second') {
    onPath = throughVia(link.source) && (to === null || link.target === to);
  } else {
    onPath =
      throughVia(link.target) &&
      (to === null || model.links.some((l) => l.sourceId === link.targetId && l.target === to));
  }
  return onPath ? 'highlighted' : 'dimmed';
}
