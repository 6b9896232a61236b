import { describe, expect, it } from 'vitest';
import { isPublicAddress } from './address-policy.ts';

describe('isPublicAddress (SSRF guard of the calendar import)', () => {
	it.each([
		'127.0.0.1',
		'127.8.9.10',
		'10.0.0.1',
		'10.255.255.255',
		'172.16.0.1',
		'172.31.255.254',
		'192.168.0.1',
		'192.168.178.1',
		'169.254.169.254',
		'169.254.0.1',
		'100.64.0.1',
		'0.0.0.0',
		'224.0.0.1',
		'255.255.255.255',
		'192.0.2.10',
		'198.18.0.1',
		'::1',
		'::',
		'::ffff:127.0.0.1',
		'::ffff:7f00:1',
		'::ffff:10.0.0.1',
		'::ffff:192.168.1.1',
		'::127.0.0.1',
		'64:ff9b::7f00:1',
		'64:ff9b::a00:1',
		'fe80::1',
		'fe80::1%eth0',
		'fc00::1',
		'fd12:3456:789a::1',
		'ff02::1',
		'2001:db8::1',
		'2002:7f00:1::1',
		'2001:0:4136:e378:8000:63bf:3fff:fdd2',
		'not-an-ip',
		''
	])('refuses %s', (address) => {
		expect(isPublicAddress(address)).toBe(false);
	});

	it.each([
		'1.1.1.1',
		'8.8.8.8',
		'93.184.216.34',
		'172.32.0.1',
		'192.169.0.1',
		'100.128.0.1',
		'2a00:1450:4001:80b::200e',
		'2606:4700:4700::1111',
		'::ffff:8.8.8.8',
		'64:ff9b::808:808'
	])('allows the public address %s', (address) => {
		expect(isPublicAddress(address)).toBe(true);
	});
});
