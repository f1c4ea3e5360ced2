import { formatIpv4, parseIpv4 } from '../../net/ipv4.js';
import { formatIpv6, parseIpv6 } from '../../net/ipv6.js';
import { normalizeMac } from '../../net/mac.js';
import { toBits } from './field-constraints.js';
import {
  FAMILY_BIT,
  type Field,
  FIELDS,
  hasPorts,
  IPV4_BITS,
  IPV6_BITS,
  isIcmp,
  PROTOCOL_TCP,
  VAR_COUNT,
} from './fields.js';

/**
 * One concrete packet, as people write it: addresses as text. Ports are read only for TCP, UDP and
 * SCTP, ICMP type/code only for ICMP/ICMPv6, `established` (TCP ACK or RST set) only for TCP; a
 * missing value counts as 0 / false. MAC addresses are optional (all zero when absent).
 */
export interface Packet {
  family: 4 | 6;
  srcIp: string;
  dstIp: string;
  protocol: number;
  srcPort?: number;
  dstPort?: number;
  icmpType?: number;
  icmpCode?: number;
  established?: boolean;
  srcMac?: string;
  dstMac?: string;
}

/** A packet with its fields as numbers, the form the evaluator and the encoder work on. */
export interface PacketValues {
  family: 4 | 6;
  src: bigint;
  dst: bigint;
  protocol: number;
  srcPort: number;
  dstPort: number;
  icmpType: number;
  icmpCode: number;
  established: boolean;
  srcMac: bigint;
  dstMac: bigint;
}

/** Numbers of a packet; throws on text that is not an address of the packet's family. */
export function packetValues(packet: Packet): PacketValues {
  const ports = hasPorts(packet.protocol);
  const icmp = isIcmp(packet.family, packet.protocol);
  return {
    family: packet.family,
    src: addressValue(packet.family, packet.srcIp),
    dst: addressValue(packet.family, packet.dstIp),
    protocol: checkedInt(packet.protocol, 255, 'protocol'),
    srcPort: ports ? checkedInt(packet.srcPort ?? 0, 65535, 'srcPort') : 0,
    dstPort: ports ? checkedInt(packet.dstPort ?? 0, 65535, 'dstPort') : 0,
    icmpType: icmp ? checkedInt(packet.icmpType ?? 0, 255, 'icmpType') : 0,
    icmpCode: icmp ? checkedInt(packet.icmpCode ?? 0, 255, 'icmpCode') : 0,
    established: packet.protocol === PROTOCOL_TCP && packet.established === true,
    srcMac: macValue(packet.srcMac),
    dstMac: macValue(packet.dstMac),
  };
}

/** The packet as one value per BDD variable (IPv4 addresses in the top 32 address bits). */
export function packetAssignment(packet: Packet): Uint8Array {
  const values = packetValues(packet);
  const out = new Uint8Array(VAR_COUNT);
  const put = (field: Field, value: bigint | number, width = field.width) => out.set(toBits(value, width), field.first);
  const addressWidth = values.family === 4 ? IPV4_BITS : IPV6_BITS;
  out[FIELDS.family.first] = FAMILY_BIT[values.family];
  put(FIELDS.dstIp, values.dst, addressWidth);
  put(FIELDS.srcIp, values.src, addressWidth);
  put(FIELDS.dstPort, values.dstPort);
  put(FIELDS.srcPort, values.srcPort);
  put(FIELDS.protocol, values.protocol);
  put(FIELDS.icmpType, values.icmpType);
  put(FIELDS.icmpCode, values.icmpCode);
  out[FIELDS.established.first] = values.established ? 1 : 0;
  put(FIELDS.srcMac, values.srcMac);
  put(FIELDS.dstMac, values.dstMac);
  return out;
}

/**
 * The packet an assignment stands for. Fields that do not apply to the protocol are left out; MAC
 * addresses only when `withMacs` says so.
 */
export function assignmentPacket(bits: ArrayLike<number>, withMacs: { src: boolean; dst: boolean }): Packet {
  const read = (field: Field, width = field.width): bigint => {
    let value = 0n;
    for (let i = 0; i < width; i++) value = (value << 1n) | BigInt(bits[field.first + i]!);
    return value;
  };
  const family: 4 | 6 = bits[FIELDS.family.first] === FAMILY_BIT[6] ? 6 : 4;
  const address = (field: Field) =>
    family === 4 ? formatIpv4(Number(read(field, IPV4_BITS))) : formatIpv6(read(field));
  const protocol = Number(read(FIELDS.protocol));
  const packet: Packet = { family, srcIp: address(FIELDS.srcIp), dstIp: address(FIELDS.dstIp), protocol };
  if (hasPorts(protocol)) {
    packet.srcPort = Number(read(FIELDS.srcPort));
    packet.dstPort = Number(read(FIELDS.dstPort));
  }
  if (isIcmp(family, protocol)) {
    packet.icmpType = Number(read(FIELDS.icmpType));
    packet.icmpCode = Number(read(FIELDS.icmpCode));
  }
  if (protocol === PROTOCOL_TCP) packet.established = bits[FIELDS.established.first] === 1;
  if (withMacs.src) packet.srcMac = formatMac(read(FIELDS.srcMac));
  if (withMacs.dst) packet.dstMac = formatMac(read(FIELDS.dstMac));
  return packet;
}

export function addressValue(family: 4 | 6, text: string): bigint {
  if (family === 4) {
    const value = parseIpv4(text);
    if (value === undefined) throw new Error(`"${text}" is not an IPv4 address / IPv4 アドレスではありません`);
    return BigInt(value);
  }
  const value = parseIpv6(text);
  if (value === undefined) throw new Error(`"${text}" is not an IPv6 address / IPv6 アドレスではありません`);
  return value;
}

export function macValue(text: string | undefined): bigint {
  if (text === undefined) return 0n;
  const mac = normalizeMac(text);
  if (mac === undefined) throw new Error(`"${text}" is not a MAC address / MAC アドレスではありません`);
  return BigInt(`0x${mac.replace(/:/g, '')}`);
}

export function formatMac(value: bigint): string {
  return value.toString(16).padStart(12, '0').replace(/(..)(?!$)/g, '$1:');
}

function checkedInt(value: number, max: number, name: string): number {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new Error(`${name} ${value} is out of range 0–${max} / ${name} が範囲外です`);
  }
  return value;
}
