import type { Entity, Segment } from '@pressfacts/document';

/**
 * Every mention of the entities, entity by entity, in each entity's order: what
 * `entities.flatMap((e) => e.mentions)` gives, without flatMap's generic (slow) path.
 *
 * @example mentionsOf(group).some((m) => m.norm.start < headline.norm.end)
 */
export function mentionsOf(entities: readonly Entity[]): Segment[] {
  const out: Segment[] = [];
  for (const e of entities) for (const m of e.mentions) out.push(m);
  return out;
}
