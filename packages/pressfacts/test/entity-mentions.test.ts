import { describe, expect, it } from 'vitest';
import { mentionsOf } from '../src/facts/entity-mentions.js';
import { contextOf } from './support/context.js';

describe('mentionsOf', () => {
  it('lists every mention entity by entity, as flatMap does', () => {
    const ctx = contextOf('ASTANA, July 4 -- Kazakhstan and China met in Astana. Kazakhstan hosted the SCO Summit; China and Russia attended the SCO Summit.', null);
    expect(ctx.entities.length).toBeGreaterThan(2);
    expect(mentionsOf(ctx.entities)).toEqual(ctx.entities.flatMap((e) => e.mentions));
    expect(mentionsOf(ctx.entities).map((m) => m.text)).toContain('Kazakhstan');
    expect(mentionsOf([])).toEqual([]);
  });
});
