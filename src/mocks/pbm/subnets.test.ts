// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseIp, parseSubnet, subnetContains } from './subnets.ts';

describe('subnets', () => {
  it.each([
    ['127.0.0.0/8', '127.1.2.3', true],
    ['127.0.0.0/8', '128.0.0.1', false],
    ['127.0.0.1/32', '::ffff:127.0.0.1', true],
    ['10.0.0.0/8', '::1', false],
    ['::1/128', '::1', true],
    ['fd00::/8', 'fd12:3456::1', true],
    ['fd00::/8', 'fe80::1%eth0', false],
    ['0.0.0.0/0', '203.0.113.9', true],
    ['192.168.1.7', '192.168.1.7', true],
  ])('%s contains %s: %s', (cidr, ip, expected) => {
    expect(subnetContains(parseSubnet(cidr), ip)).toBe(expected);
  });

  it.each([
    '',
    '10.0.0.0/33',
    '300.0.0.1/8',
    '10.0.0/8',
    'abc',
    '::1/129',
    '1::2::3/64',
    '10.0.0.0/8/1',
  ])('refuses %j', (cidr) => {
    expect(() => parseSubnet(cidr)).toThrow(/invalid subnet/);
  });

  it('reads IPv6 with an embedded IPv4 tail', () => {
    expect(parseIp('64:ff9b::192.0.2.33')).toHaveLength(16);
    expect(parseIp('::ffff:10.0.0.1')).toEqual([10, 0, 0, 1]);
  });
});
