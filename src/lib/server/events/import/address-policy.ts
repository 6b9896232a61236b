import net from 'node:net';

/*
 * Which addresses a calendar import may connect to: public unicast only. Loopback, private
 * (RFC 1918, ULA), link-local (incl. cloud metadata 169.254.169.254), carrier-grade NAT,
 * multicast, documentation, benchmarking, reserved and unspecified ranges are refused, and so
 * are IPv6 forms that embed such an IPv4 address (mapped, NAT64, 6to4, Teredo).
 */

const V4_BLOCKED: [string, number][] = [
	['0.0.0.0', 8],
	['10.0.0.0', 8],
	['100.64.0.0', 10],
	['127.0.0.0', 8],
	['169.254.0.0', 16],
	['172.16.0.0', 12],
	['192.0.0.0', 24],
	['192.0.2.0', 24],
	['192.88.99.0', 24],
	['192.168.0.0', 16],
	['198.18.0.0', 15],
	['198.51.100.0', 24],
	['203.0.113.0', 24],
	['224.0.0.0', 4],
	['240.0.0.0', 4]
];

const V6_BLOCKED: [string, number][] = [
	['::', 128],
	['::1', 128],
	['100::', 64],
	['2001::', 23],
	['2001:db8::', 32],
	['2002::', 16],
	['fc00::', 7],
	['fe80::', 10],
	['fec0::', 10],
	['ff00::', 8]
];

const v4Blocked = new net.BlockList();
for (const [address, prefix] of V4_BLOCKED) v4Blocked.addSubnet(address, prefix, 'ipv4');
const v6Blocked = new net.BlockList();
for (const [address, prefix] of V6_BLOCKED) v6Blocked.addSubnet(address, prefix, 'ipv6');
/** Global unicast: the only IPv6 range that is public at all. */
const v6Global = new net.BlockList();
v6Global.addSubnet('2000::', 3, 'ipv6');

/** Expands an IPv6 address to its eight 16-bit groups. */
function groupsOf(address: string): number[] | null {
	let text = address.toLowerCase();
	const zone = text.indexOf('%');
	if (zone >= 0) text = text.slice(0, zone);
	// A trailing dotted IPv4 part (::ffff:1.2.3.4) becomes two groups.
	const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
	if (dotted) {
		const parts = dotted[1]!.split('.').map(Number);
		text =
			text.slice(0, -dotted[1]!.length) +
			`${((parts[0]! << 8) | parts[1]!).toString(16)}:${((parts[2]! << 8) | parts[3]!).toString(16)}`;
	}
	const [head, tail] = text.split('::');
	const left = head ? head.split(':') : [];
	const right = tail !== undefined && tail ? tail.split(':') : [];
	const missing = 8 - left.length - right.length;
	if (text.includes('::') ? missing < 0 : left.length !== 8) return null;
	const all = [...left, ...Array(text.includes('::') ? missing : 0).fill('0'), ...right];
	const groups = all.map((g) => Number.parseInt(g, 16));
	return groups.length === 8 && groups.every((g) => g >= 0 && g <= 0xffff) ? groups : null;
}

function v4From(hi: number, lo: number): string {
	return `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;
}

/** True when the import may connect to this IP address. */
export function isPublicAddress(address: string): boolean {
	const kind = net.isIP(address);
	if (kind === 4) return !v4Blocked.check(address, 'ipv4');
	if (kind !== 6) return false;
	const g = groupsOf(address);
	if (!g) return false;
	const [g0, g1, g2, g3, g4, g5, g6, g7] = g as [
		number,
		number,
		number,
		number,
		number,
		number,
		number,
		number
	];
	// IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible (::a.b.c.d): judge the IPv4 address.
	if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0 && (g5 === 0xffff || g5 === 0)) {
		return g5 === 0xffff ? isPublicAddress(v4From(g6, g7)) : false;
	}
	// NAT64 (64:ff9b::a.b.c.d and 64:ff9b:1::/48): judge the embedded IPv4 address.
	if (g0 === 0x64 && g1 === 0xff9b) {
		return g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0 ? isPublicAddress(v4From(g6, g7)) : false;
	}
	const normal = g.map((x) => x.toString(16)).join(':');
	if (!v6Global.check(normal, 'ipv6')) return false;
	return !v6Blocked.check(normal, 'ipv6');
}
