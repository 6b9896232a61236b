// Public pages ship no JavaScript: every one of them works as plain HTML (forms are HTML forms
// handled by actions, the menu is a <details>), so the browser gets the server's HTML and CSS
// only. The admin, /intern and /plattform areas turn it back on for their editors and dialogs
// (their own +layout.ts). Per page: docs/performance.md; decision 092.
export const csr = false;
