import { describe, expect, it } from 'vitest';
import { readConfig } from '../../embed/readConfig.js';

const SCRIPT = 'https://cdn.example/faq-chat/faq-chat.js';
const PAGE = 'https://clinic.example/treatments/knee.html';
const read = (dataset: Record<string, string>) => readConfig(dataset, SCRIPT, PAGE);

describe('readConfig: the script tag without attributes', () => {
  it('finds the chat and the knowledge beside the script, and warns about nothing', () => {
    expect(read({})).toEqual({
      config: { knowledge: 'https://cdn.example/faq-chat/faq-chat-knowledge.json', appUrl: 'https://cdn.example/faq-chat/faq-chat-app.js' },
      warnings: [],
    });
  });
});

describe('readConfig: each attribute, good values', () => {
  it.each([
    ['data-knowledge, relative to the page', { knowledge: 'faq.json' }, { knowledge: 'https://clinic.example/treatments/faq.json' }],
    ['data-knowledge, absolute', { knowledge: 'https://kb.example/kb.json' }, { knowledge: 'https://kb.example/kb.json' }],
    ['data-booking-url', { bookingUrl: 'https://clinic.example/book' }, { bookingUrl: 'https://clinic.example/book' }],
    ['data-booking-url, relative to the page', { bookingUrl: '/book' }, { bookingUrl: 'https://clinic.example/book' }],
    ['data-phone', { phone: ' +44 (20) 7946-0000 ' }, { phone: '+44 (20) 7946-0000' }],
    ['data-color, #rrggbb', { color: '#0B5CAD' }, { color: '#0B5CAD' }],
    ['data-color, #rgb', { color: '#fe0' }, { color: '#fe0' }],
    ['data-position', { position: 'Left' }, { position: 'left' }],
    ['data-title', { title: '  Riverside Clinic ' }, { title: 'Riverside Clinic' }],
    ['data-lang', { lang: 'en' }, { lang: 'en' }],
    ['data-lang, with a region', { lang: 'en-GB' }, { lang: 'en' }],
    ['data-service', { service: ' Prolotherapy ' }, { service: 'prolotherapy' }],
    ['data-open', { open: 'true' }, { open: true }],
    ['data-open, present without a value', { open: '' }, { open: true }],
    ['data-booking-query', { bookingQuery: 'false' }, { bookingQuery: false }],
    ['data-analytics', { analytics: 'dataLayer' }, { analytics: 'datalayer' }],
    ['data-analytics-endpoint', { analyticsEndpoint: 'https://stats.example/e' }, { analyticsEndpoint: 'https://stats.example/e' }],
  ])('%s', (_name, dataset, expected) => {
    const { config, warnings } = read(dataset);
    expect(warnings).toEqual([]);
    expect(config).toMatchObject(expected);
  });
});

describe('readConfig: each attribute, bad values, one warning naming it and the default', () => {
  it.each([
    [{ knowledge: 'ftp://clinic.example/kb.json' }, 'data-knowledge="ftp://clinic.example/kb.json" is not an http(s) URL; using faq-chat-knowledge.json instead'],
    [{ bookingUrl: 'javascript:alert(1)' }, `data-booking-url="javascript:alert(1)" is not an http(s) URL; using the knowledge base's booking link instead`],
    [{ bookingUrl: 'http://[oops' }, `data-booking-url="http://[oops" is not an http(s) URL; using the knowledge base's booking link instead`],
    [{ phone: 'call us!' }, `data-phone="call us!" is not a phone number; using the knowledge base's phone number instead`],
    [{ phone: '123' }, `data-phone="123" is not a phone number; using the knowledge base's phone number instead`],
    [{ color: 'teal' }, 'data-color="teal" is not a #rrggbb colour on which white or near-black text reaches 4.5:1 contrast; using the default colour instead'],
    [{ color: '#777777' }, 'data-color="#777777" is not a #rrggbb colour on which white or near-black text reaches 4.5:1 contrast; using the default colour instead'],
    [{ position: 'top' }, 'data-position="top" is not left or right; using right instead'],
    [{ title: '  ' }, `data-title="  " is not a non-empty title; using the clinic's name instead`],
    [{ lang: 'fr' }, 'data-lang="fr" is not a language faq-chat speaks (en); using en instead'],
    [{ service: ' ' }, 'data-service=" " is not a tag; using every answer alike instead'],
    [{ open: 'yes' }, 'data-open="yes" is not true or false; using false instead'],
    [{ bookingQuery: '1' }, 'data-booking-query="1" is not true or false; using false instead'],
    [{ analytics: 'gtag' }, 'data-analytics="gtag" is not "datalayer"; using no analytics instead'],
    [{ analyticsEndpoint: 'http://stats.example/e' }, 'data-analytics-endpoint="http://stats.example/e" is not an https URL; using no analytics endpoint instead'],
  ])('%o', (dataset, warning) => {
    const { config, warnings } = read(dataset);
    expect(warnings).toEqual([warning]);
    const [key] = Object.keys(dataset);
    if (key === 'knowledge') expect(config.knowledge).toBe('https://cdn.example/faq-chat/faq-chat-knowledge.json');
    else expect(config).not.toHaveProperty(key!);
  });

  it('warns once per bad attribute and keeps the good ones', () => {
    const { config, warnings } = read({ position: 'middle', color: 'red', title: 'Riverside' });
    expect(warnings).toHaveLength(2);
    expect(config.title).toBe('Riverside');
  });

  it("leaves attributes that aren't faq-chat's alone (site tools add their own)", () => {
    expect(read({ cfasync: 'false', noOptimize: '' })).toEqual(read({}));
  });
});
