import { describe, expect, it } from 'vitest';
import { interfaceNamesEqual, interfaceNamesMatch } from '../../src/net/interface-name.js';

describe('interfaceNamesMatch', () => {
  it.each([
    ['Gi0/1', 'GigabitEthernet0/1'],
    ['GigabitEthernet0/1', 'Gi0/1'],
    ['Vl10', 'Vlan10'],
    ['vlan10', 'Vlan10'],
    ['Po1', 'Port-channel1'],
    ['Gi1/0/1.10', 'GigabitEthernet1/0/1.10'],
    ['Te1/1/1', 'TenGigabitEthernet1/1/1'],
    ['GigabitEthernet 0/1', 'GigabitEthernet0/1'],
    ['outside', 'OUTSIDE'],
  ])('%s matches %s', (a, b) => {
    expect(interfaceNamesMatch(a, b)).toBe(true);
  });

  it.each([
    ['Gi0/1', 'GigabitEthernet0/10'],
    ['Gi0/1', 'FastEthernet0/1'],
    ['Vlan10', 'Vlan100'],
    ['Gi0/1', 'GigabitEthernet0/1.10'],
    ['out', 'outside'],
    ['0/1', 'GigabitEthernet0/1'],
  ])('%s does not match %s', (a, b) => {
    expect(interfaceNamesMatch(a, b)).toBe(false);
  });

  it('tells exact names apart from abbreviations', () => {
    expect(interfaceNamesEqual('gigabitethernet0/1', 'GigabitEthernet0/1')).toBe(true);
    expect(interfaceNamesEqual('Gi0/1', 'GigabitEthernet0/1')).toBe(false);
  });
});
