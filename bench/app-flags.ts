/**
 * Node flags the app runs with in production (package.json `start`, the systemd unit in
 * docs/operations.md): a young generation of 4 MB semi-spaces instead of V8's default keeps
 * about 100 MB less under load (decision 093). The benchmark measures the app as it runs there.
 */
export const APP_NODE_FLAGS = ['--max-semi-space-size=4'];
