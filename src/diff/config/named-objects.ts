import type { AddressMatch, AddressObject, ServiceEntry, ServiceObject } from '../../model/index.js';
import type { ConfigChange } from '../config-change.js';
import { label, showPlain, type FieldSpec } from './field-changes.js';
import { namedChanges } from './named-changes.js';
import { showAddress, showService } from './show-match.js';

const ADDRESS_FIELDS: readonly FieldSpec<AddressObject>[] = [
  { label: label('メンバー', 'members'), value: (o) => o.members, show: (v) => showPlain((v as AddressMatch[]).map(showAddress)) },
  { label: label('グループ', 'groups'), value: (o) => o.groups, show: showPlain },
];

const SERVICE_FIELDS: readonly FieldSpec<ServiceObject>[] = [
  { label: label('メンバー', 'members'), value: (o) => o.members, show: (v) => showPlain((v as ServiceEntry[]).map(showService)) },
  { label: label('グループ', 'groups'), value: (o) => o.groups, show: showPlain },
];

/** Address objects by name: added / removed / changed (members, nested groups). */
export function addressObjectChanges(before: readonly AddressObject[], after: readonly AddressObject[]): ConfigChange[] {
  return namedChanges('address-object', before, after, (o) => o.name, ADDRESS_FIELDS);
}

/** Service objects by name: added / removed / changed (members, nested groups). */
export function serviceObjectChanges(before: readonly ServiceObject[], after: readonly ServiceObject[]): ConfigChange[] {
  return namedChanges('service-object', before, after, (o) => o.name, SERVICE_FIELDS);
}
