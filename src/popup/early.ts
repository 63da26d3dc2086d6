import { sendFirstRequests } from './first-requests';

// A script of its own, ahead of the popup's in src/popup/index.html: the overview is asked for
// while the browser still loads and compiles the popup, so the answer is nearer when it starts.
// Should the popup's script have run first, it asked already.
window.popupFirstRequests ??= sendFirstRequests();
