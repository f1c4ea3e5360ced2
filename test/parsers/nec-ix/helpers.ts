import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { necIxParser } from '../../../src/parsers/nec-ix/index.js';
import { parserFixtures } from '../parser-fixtures.js';

export { expectFullyUnderstood, filter, iface } from '../parser-fixtures.js';

export const { FIXTURES, fixtureText, parseFixture, parseText, lineOf } = parserFixtures(
  necIxParser,
  join(dirname(fileURLToPath(import.meta.url)), 'fixtures'),
  'inline.conf',
);
