/**
 * HSDS 3.0 identifiers are UUIDs. Ours are version 5 (name-based) UUIDs, so
 * the same initiative, organisation, area or code always gets the same id in
 * every export and API answer, without storing them.
 */
import { createHash } from 'node:crypto';

/** Verbind's own namespace for name-based UUIDs (a fixed random UUID). */
const NAMESPACE = '6f1c0d3e-8a52-4b7e-9c41-2d7a5e9b13f0';

function bytesOf(uuid: string): Buffer {
  return Buffer.from(uuid.replace(/-/g, ''), 'hex');
}

/** RFC 9562 UUID version 5 of `name` in Verbind's namespace. */
export function uuidV5(name: string, namespace = NAMESPACE): string {
  const hash = createHash('sha1').update(bytesOf(namespace)).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const hsdsId = {
  service: (initiativeId: string) => uuidV5(`service:${initiativeId}`),
  organization: (key: string) => uuidV5(`organization:${key}`),
  location: (areaCode: string) => uuidV5(`location:${areaCode}`),
  virtualLocation: (initiativeId: string) => uuidV5(`virtual-location:${initiativeId}`),
  serviceAtLocation: (initiativeId: string, locationId: string) => uuidV5(`service-at-location:${initiativeId}:${locationId}`),
  taxonomy: (axis: string) => uuidV5(`taxonomy:${axis}`),
  term: (axis: string, code: string) => uuidV5(`taxonomy-term:${axis}:${code}`),
  attribute: (initiativeId: string, axis: string, code: string) => uuidV5(`attribute:${initiativeId}:${axis}:${code}`),
  /** The n-th place of an initiative's access facts (places have no ids of their own). */
  place: (initiativeId: string, n: number) => uuidV5(`place:${initiativeId}:${n}`),
  address: (locationId: string) => uuidV5(`address:${locationId}`),
  accessibility: (locationId: string, kind: string) => uuidV5(`accessibility:${locationId}:${kind}`),
  schedule: (initiativeId: string, n: number) => uuidV5(`schedule:${initiativeId}:${n}`),
  language: (initiativeId: string, code: string) => uuidV5(`language:${initiativeId}:${code}`),
  cost: (initiativeId: string, kind: string) => uuidV5(`cost-option:${initiativeId}:${kind}`),
  contact: (initiativeId: string) => uuidV5(`contact:${initiativeId}`),
  phone: (initiativeId: string, kind: string) => uuidV5(`phone:${initiativeId}:${kind}`),
  serviceArea: (initiativeId: string, code: string) => uuidV5(`service-area:${initiativeId}:${code}`),
};
