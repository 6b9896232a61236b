// This area runs in the browser as well (editor, dialogs, client-side navigation); the public
// site does not (src/routes/+layout.ts, decision 092).
export const csr = true;
