import { describe, expect, it } from 'vitest';
import { ON_ACCENT, contrast, onAccentFor } from '../../embed/accentColors.js';

describe('onAccentFor: text on the clinic colour', () => {
  it.each([
    ['#0b5cad', ON_ACCENT.light],
    ['#000', ON_ACCENT.light],
    ['#ffee00', ON_ACCENT.dark],
    ['#FFF', ON_ACCENT.dark],
    ['#2e7d32', ON_ACCENT.light],
  ])('%s takes %s, at 4.5:1 or more', (accent, text) => {
    expect(onAccentFor(accent)).toBe(text);
    expect(contrast(accent, text)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(['#777777', '#7a7a7a'])('gives up on %s, a mid-grey neither reaches 4.5:1 with', (accent) => {
    expect(onAccentFor(accent)).toBeUndefined();
  });

  it.each(['red', '#12345', '0b5cad', '#0b5cadff', 'url(x)'])('rejects %j, not a hex colour', (accent) => {
    expect(onAccentFor(accent)).toBeUndefined();
  });

  it('measures contrast as WCAG 2 does', () => {
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});
