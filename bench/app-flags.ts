/**
 * How the app runs in production (package.json `start`, the systemd unit in
 * docs/operations.md), so that the benchmark measures it as it runs there (decision 093):
 * - `--max-semi-space-size=4`: a small young generation; V8's default kept about 100 MB more
 *   under load without being faster.
 * - `--max-old-space-size=160`: V8 collects before its old generation passes 160 MB instead of
 *   letting it grow towards the machine's size (the live heap is about 60 MB for one alliance;
 *   installations with many alliances raise it, see docs/operations.md).
 * - `MALLOC_ARENA_MAX=2`: glibc keeps two malloc arenas instead of one per thread (compression
 *   and file work run in libuv's four threads).
 */
export const APP_NODE_FLAGS = ['--max-semi-space-size=4', '--max-old-space-size=160'];
export const APP_ENV = { MALLOC_ARENA_MAX: '2' };
