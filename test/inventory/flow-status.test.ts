import { describe, expect, it } from 'vitest';
import type { ApprovedFlow } from '../../src/model/index.js';
import { flowStatus } from '../../src/model/index.js';

const flow = (dates: { approvedDate?: string; expiry?: string }): ApprovedFlow => ({
  id: 'EX-1',
  from: { kind: 'zone', zone: 'giga' },
  to: { kind: 'prefix', address: '10.0.0.1', prefixLength: 32, family: 4 },
  macs: [],
  reason: 'test',
  source: { file: 'flows.csv', line: 2, text: '' },
  ...dates,
});

describe('flowStatus', () => {
  it('is active up to and including the expiry day, expired from the day after', () => {
    const f = flow({ approvedDate: '2026-04-01', expiry: '2027-03-31' });
    expect(flowStatus(f, '2026-04-01')).toBe('active');
    expect(flowStatus(f, '2027-03-31')).toBe('active');
    expect(flowStatus(f, '2027-04-01')).toBe('expired');
    expect(flowStatus(f, '2030-01-01')).toBe('expired');
  });

  it('is not yet active before the approval date', () => {
    const f = flow({ approvedDate: '2026-04-01', expiry: '2027-03-31' });
    expect(flowStatus(f, '2026-03-31')).toBe('not-yet');
  });

  it('never expires without an expiry, and holds from always without an approval date', () => {
    expect(flowStatus(flow({}), '1990-01-01')).toBe('active');
    expect(flowStatus(flow({}), '2099-12-31')).toBe('active');
    expect(flowStatus(flow({ expiry: '2026-03-31' }), '2020-01-01')).toBe('active');
    expect(flowStatus(flow({ approvedDate: '2026-04-01' }), '2099-12-31')).toBe('active');
  });

  it('compares across month and year boundaries as dates', () => {
    const f = flow({ expiry: '2026-09-30' });
    expect(flowStatus(f, '2026-10-01')).toBe('expired');
    expect(flowStatus(f, '2026-09-09')).toBe('active');
  });
});
