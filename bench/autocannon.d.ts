// The part of autocannon's programmatic API the benchmark uses (the package ships no types).
declare module 'autocannon' {
	interface Stats {
		average: number;
		mean: number;
		stddev: number;
		min: number;
		max: number;
		p50: number;
		p90: number;
		p99: number;
		total: number;
	}
	export interface Result {
		requests: Stats;
		latency: Stats;
		throughput: Stats;
		errors: number;
		timeouts: number;
		non2xx: number;
		duration: number;
	}
	export interface Options {
		url: string;
		connections?: number;
		duration?: number;
		pipelining?: number;
		headers?: Record<string, string>;
		/** cycled per connection; setupRequest may change each request before it is sent */
		requests?: {
			method?: string;
			path?: string;
			headers?: Record<string, string>;
			setupRequest?: (request: Request) => Request;
		}[];
	}
	export interface Request {
		method?: string;
		path: string;
		headers?: Record<string, string>;
	}
	function autocannon(options: Options): Promise<Result>;
	export default autocannon;
}
