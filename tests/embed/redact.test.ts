import { describe, expect, it } from 'vitest';
import { redact } from '../../embed/redact.js';

describe('redact: visitor text on its way to analytics', () => {
  it.each([
    ['my email is jane.doe+clinic@mail.example.co.uk, thanks', 'my email is [email], thanks'],
    ['call me on +44 20 7946 0000', 'call me on [phone]'],
    ['(555) 010-2030 or 555.010.2030', '[phone] or [phone]'],
    ['07700900123?', '[phone]?'],
    ['both: a@b.io and 0161 496 0000', 'both: [email] and [phone]'],
  ])('redacts %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    'how many sessions will I need?',
    'is 3 to 5 sessions normal?',
    'I am 45 and my knee hurt for 12 weeks',
    'does it cost more than 250 dollars',
    'prices in 2024',
  ])('leaves %j as it is', (text) => {
    expect(redact(text)).toBe(text);
  });
});
