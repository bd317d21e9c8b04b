import { serverAudits } from 'graphql-http';
import { describe, expect, it } from 'vitest';
import { testApp } from './helpers.js';

/**
 * The GraphQL-over-HTTP audits of the graphql-http package, run against the app. Every MUST has to
 * pass. The SHOULDs that fail are listed in the README with the reason; this test pins that list,
 * so a change in either direction shows up here.
 */
const KNOWN_SHOULD_FAILURES: string[] = [];

describe('GraphQL over HTTP (graphql-http audits)', () => {
  const { app } = testApp();
  const audits = serverAudits({
    url: 'http://test/graphql',
    fetchFn: (input: RequestInfo | URL, init?: RequestInit) => app.fetch(new Request(input, init)),
  });

  for (const audit of audits.filter((a) => a.name.startsWith('MUST'))) {
    it(audit.name, async () => {
      const result = await audit.fn();
      expect(result.status, result.status === 'ok' ? '' : result.reason).toBe('ok');
    });
  }

  it('fails exactly the known SHOULD audits', async () => {
    const failing: string[] = [];
    for (const audit of audits.filter((a) => a.name.startsWith('SHOULD'))) {
      const result = await audit.fn();
      if (result.status !== 'ok') failing.push(`${audit.name} -- ${result.reason}`);
    }
    expect(failing.map((f) => f.split(' -- ')[0])).toEqual(KNOWN_SHOULD_FAILURES);
  });
});
